# async generators: __anext__, asend, StopAsyncIteration, attributes
class Pause:
    def __await__(self):
        yield "io"

async def agen(n):
    for i in range(n):
        await Pause()
        got = yield i
        if got is not None:
            print("  agen got", got)

def run(coro):
    io = 0
    try:
        while True:
            coro.send(None)
            io += 1
    except StopIteration as e:
        return e.value, io

g = agen(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running, g.ag_await, g.ag_code.co_name)
print(repr(g).startswith("<async_generator object agen at 0x"))
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
print(run(a))
print(run(g.asend("hello")))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration")
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("StopAsyncIteration again")
print(g.ag_frame)

async def consume():
    out = []
    async for x in agen(4):
        out.append(x)
    return out
print(run(consume()))

# driving the asend awaitable by hand
g = agen(2)
aw = g.asend(None)
print(aw.send(None))          # the inner await yields to the loop
try:
    aw.send(None)
except StopIteration as e:
    print("asend result", e.value)
try:
    aw.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# async generator raising errors
async def bad_stop():
    yield 1
    raise StopAsyncIteration
async def bad_stop2():
    yield 1
    raise StopIteration

for f in (bad_stop, bad_stop2):
    g = f()
    run(g.__anext__())
    try:
        run(g.__anext__())
    except RuntimeError as e:
        print("RuntimeError:", e)

async def empty():
    return
    yield

try:
    run(empty().__anext__())
except StopAsyncIteration as e:
    print("empty:", repr(e))
g = agen(1)
try:
    run(g.asend(1))
except TypeError as e:
    print("TypeError:", e)
