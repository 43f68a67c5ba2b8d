# an uncaught error raised deep in an await chain shows every coroutine frame
class Pause:
    def __await__(self):
        yield

async def fetch(key):
    await Pause()
    table = {"a": 1}
    return table[key]

async def lookup(keys):
    out = []
    for k in keys:
        out.append(await fetch(k))
    return out

async def main():
    print(await lookup(["a"]))
    return await lookup(["a", "b"])

def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value

run(main())
