# async comprehensions: async for and await inside list/set/dict/generator comprehensions
class Pause:
    def __await__(self):
        yield "io"

async def agen(n):
    for i in range(n):
        await Pause()
        yield i

async def square(x):
    await Pause()
    return x * x

def run(coro):
    n = 0
    try:
        while True:
            coro.send(None)
            n += 1
    except StopIteration as e:
        return e.value, n

async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: str(x) async for x in agen(3)}
    d = [await square(x) for x in range(4)]
    e = [await square(x) async for x in agen(3) if x != 1]
    f = [y for x in [[1, 2], [3]] async for y in agen(x[0] + 1)]
    return a, b, c, d, e, f

print(run(main()))

async def gen_expr():
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    return [v async for v in g]

print(run(gen_expr()))

async def with_await_in_genexp():
    g = (await square(x) for x in range(3))
    return [v async for v in g]

print(run(with_await_in_genexp()))

async def nested():
    return [[y async for y in agen(x)] async for x in agen(3)]
print(run(nested()))
