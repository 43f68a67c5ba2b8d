# athrow() and aclose() on async generators
class Pause:
    def __init__(self, tag="io"):
        self.tag = tag
    def __await__(self):
        yield self.tag

def run(coro):
    io = []
    try:
        while True:
            io.append(coro.send(None))
    except StopIteration as e:
        return e.value, io

async def resilient(log):
    i = 0
    try:
        while True:
            try:
                yield i
                i += 1
            except ValueError as e:
                log.append("handled " + str(e))
                await Pause("after handling")
                yield "recovered"
    finally:
        log.append("finally")
        await Pause("cleanup io")

log = []
g = resilient(log)
print(run(g.__anext__()))
print(run(g.__anext__()))
print(run(g.athrow(ValueError("v1"))))
print(run(g.__anext__()))
print(run(g.aclose()), log)
print(run(g.aclose()), "closed twice")
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration after aclose")

log = []
g = resilient(log)
run(g.__anext__())
try:
    run(g.athrow(KeyError("k")))
except KeyError as e:
    print("KeyError propagated", e, log)
try:
    run(g.athrow(ValueError("late")))
except StopAsyncIteration:
    print("athrow on finished: StopAsyncIteration")

# aclose on an unstarted generator
g = resilient([])
print(run(g.aclose()))

# ignoring GeneratorExit
async def stubborn():
    ignored = False
    while True:
        try:
            yield 1
        except GeneratorExit:
            if ignored:
                raise
            ignored = True

g = stubborn()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RuntimeError:", e)

# the awaitables can't be reused
g = resilient([])
run(g.__anext__())
c = g.aclose()
run(c)
try:
    run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
t = resilient([]).athrow(ValueError)
try:
    t.send(1)
except RuntimeError as e:
    print("RuntimeError:", e)
t.close()
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# athrow forms
async def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)

g = catcher()
run(g.__anext__())
run(g.athrow(TypeError))
run(g.athrow(TypeError, "msg"))
run(g.athrow(TypeError("inst")))
print(type(g.athrow()).__name__)
try:
    run(g.athrow(1))
except TypeError as e:
    print("TypeError:", e)
run(g.aclose())
