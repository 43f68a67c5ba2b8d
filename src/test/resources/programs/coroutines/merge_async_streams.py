# merging several async generators on a round-robin loop, like a select over streams
class Tick:
    def __await__(self):
        yield "tick"

async def stream(name, items, every):
    for i, item in enumerate(items):
        for _ in range(every):
            await Tick()
        yield name, item

async def merge(*gens):
    pending = {g: g.__anext__() for g in gens}
    while pending:
        for g, aw in list(pending.items()):
            try:
                aw.send(None)
            except StopIteration as e:
                yield e.value
                pending[g] = g.__anext__()
            except StopAsyncIteration:
                del pending[g]
        await Tick()

async def main():
    out = []
    async for name, item in merge(stream("fast", [1, 2, 3, 4], 1), stream("slow", "ab", 3), stream("once", ["x"], 0)):
        out.append(name + ":" + str(item))
    return out

c = main()
ticks = 0
try:
    while True:
        c.send(None)
        ticks += 1
except StopIteration as e:
    print(e.value)
print("ticks:", ticks)
