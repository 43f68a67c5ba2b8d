# coroutines closing over cells, recursive awaits, and coroutine factories
class Pause:
    def __await__(self):
        yield

def make_accumulator():
    total = 0
    async def add(n):
        nonlocal total
        await Pause()
        total += n
        return total
    return add

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

add = make_accumulator()
print([run(add(i)) for i in range(1, 5)])

async def fib(n):
    if n < 2:
        await Pause()
        return n
    return await fib(n - 1) + await fib(n - 2)

print(run(fib(12)))

async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)
print(run(depth(150)))

def tasks():
    return [(lambda i=i: (async_double(i)))() for i in range(3)]

async def async_double(x):
    await Pause()
    return x * 2

print([run(t) for t in tasks()])

class Service:
    def __init__(self):
        self.calls = 0
    async def fetch(self, key):
        self.calls += 1
        await Pause()
        return key.upper()
    async def fetch_all(self, keys):
        return [await self.fetch(k) for k in keys]

s = Service()
print(run(s.fetch_all(["a", "b"])), s.calls)
