# finally blocks of async generators: exhaustion, aclose after break, nested generators
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

log = []

async def resource(name, n):
    log.append("open " + name)
    try:
        for i in range(n):
            yield "%s%d" % (name, i)
    finally:
        await Pause("closing " + name)
        log.append("close " + name)

async def combined():
    inner = resource("inner", 3)
    try:
        async for v in inner:
            yield v
            if v == "inner1":
                break
    finally:
        await inner.aclose()
        log.append("combined cleaned")

def run(coro):
    io = []
    try:
        while True:
            io.append(coro.send(None))
    except StopIteration as e:
        return e.value, io

async def main():
    out = [v async for v in resource("a", 2)]
    g = combined()
    async for v in g:
        out.append(v)
    return out

print(run(main()))
for entry in log:
    print(entry)
log.clear()

async def early_exit():
    g = resource("b", 5)
    async for v in g:
        if v == "b2":
            break
    await g.aclose()
    return v
print(run(early_exit()), log)
log.clear()

async def error_inside():
    g = resource("c", 5)
    try:
        async for v in g:
            if v == "c1":
                raise ValueError("consumer failed")
    except ValueError as e:
        await g.aclose()
        return str(e)
print(run(error_inside()), log)
