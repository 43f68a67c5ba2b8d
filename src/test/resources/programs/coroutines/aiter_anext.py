# the aiter() and anext() builtins
class Pause:
    def __await__(self):
        yield "io"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    it = aiter(agen(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    d = await anext(it, None)
    try:
        await anext(it)
    except StopAsyncIteration:
        e = "stopped"
    return a, b, c, d, e

print(run(main()))

class Counter:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

async def custom():
    c = Counter()
    return [await anext(c), await anext(c), await anext(c, "end")]
print(run(custom()))

for bad in [1, [1]]:
    try:
        aiter(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext(bad)
    except TypeError as e:
        print("TypeError:", e)

class BadAiter:
    def __aiter__(self):
        return 1
try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError:", e)
try:
    anext()
except TypeError as e:
    print("TypeError:", e)
try:
    anext(Counter(), 1, 2)
except TypeError as e:
    print("TypeError:", e)

g = agen(1)
aw = anext(g, 5)
print(type(aw).__name__, type(anext(g)).__name__)
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value)
aw = anext(g, 5)
try:
    aw.send(None)
except StopIteration as e:
    print("exhausted -> default", e.value)
