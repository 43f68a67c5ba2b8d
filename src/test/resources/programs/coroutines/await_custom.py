# awaiting objects with __await__: the values they yield reach whoever drives the coroutine
class Suspend:
    """Yields its request to the driver, returns what the driver sends back."""
    def __init__(self, request):
        self.request = request
    def __await__(self):
        reply = yield self.request
        return reply

async def worker():
    a = await Suspend("get a")
    b = await Suspend("get b")
    return a + b

c = worker()
print(c.send(None))
print(c.cr_await.__class__.__name__, c.cr_suspended)
print(c.send(10))
try:
    c.send(32)
except StopIteration as e:
    print("result", e.value)

class FromIterator:
    def __await__(self):
        return iter(["tick", "tock"])

async def ticker():
    r = await FromIterator()
    return r

c = ticker()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print("iterator await result", e.value)

# __await__ as a generator method defined with yield from another awaitable
class Chain:
    def __await__(self):
        x = yield from Suspend("first").__await__()
        y = yield from Suspend("second").__await__()
        return (x, y)

async def chained():
    return await Chain()

c = chained()
print(c.send(None), c.send(1), end=" ")
try:
    c.send(2)
except StopIteration as e:
    print("->", e.value)

# a coroutine's own __await__
async def inner():
    await Suspend("inner")
    return "inner done"

w = inner().__await__()
print(type(w).__name__, iter(w) is w, next(w))
try:
    w.send(None)
except StopIteration as e:
    print("wrapper result", e.value)
