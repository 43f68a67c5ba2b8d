# errors of await: not awaitable, bad __await__ results, reuse, double await
async def await_it(x):
    return await x

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

for bad in [1, "s", None, [1]]:
    try:
        run(await_it(bad))
    except TypeError as e:
        print("TypeError:", e)

class ReturnsInt:
    def __await__(self):
        return 5
made = []
class ReturnsCoro:
    def __await__(self):
        made.append(await_it(1))
        return made[-1]
class NotCallable:
    __await__ = None

for bad in [ReturnsInt(), NotCallable()]:
    try:
        run(await_it(bad))
    except TypeError as e:
        print("TypeError:", e)
c = ReturnsCoro()
try:
    run(await_it(c))
except TypeError as e:
    print("TypeError:", e)
made[0].close()

async def simple():
    return 1

c = simple()
print(run(c))
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    run(await_it(c))
except RuntimeError as e:
    print("RuntimeError:", e)

class Pause:
    def __await__(self):
        yield "paused"

async def slow():
    await Pause()
    return "slow"

s = slow()
s.send(None)
try:
    run(await_it(s))
except RuntimeError as e:
    print("RuntimeError:", e)
s.close()

# yield from a coroutine in a plain generator
def plain():
    yield from simple_coro

simple_coro = simple()
try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
simple_coro.close()

# a coroutine raising StopIteration
async def leaky():
    raise StopIteration("x")
try:
    run(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__cause__))

# coroutine already executing
async def selfie():
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    return "ok"

me = selfie()
print(run(me))
