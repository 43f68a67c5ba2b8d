# awaitables built from generators: __await__ as a generator method, delegating with yield from
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            yield ("sleeping", i)
        return self.ticks

class Both:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __await__(self):
        x = yield from self.a.__await__()
        y = yield from self.b.__await__()
        return x + y

async def nap(n):
    return await Sleep(n) * 10

class CoroAwaitable:
    """An awaitable whose __await__ runs a coroutine's wrapper."""
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return nap(self.n).__await__()

async def main():
    a = await Sleep(2)
    b = await Both(Sleep(1), Sleep(2))
    c = await CoroAwaitable(3)
    d = await Both(CoroAwaitable(1), Sleep(1))
    return a, b, c, d

c = main()
steps = []
try:
    while True:
        steps.append(c.send(None))
except StopIteration as e:
    print(e.value)
print(len(steps), steps[:4])

# an object whose __await__ returns an iterator object it builds itself
class Countdown:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        return self
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

async def launch():
    return await Countdown(3)

c = launch()
print([c.send(None) for _ in range(3)], end=" ")
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
