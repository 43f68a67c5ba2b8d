# an asynccontextmanager-style decorator written by hand on top of async generators
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class AsyncGeneratorContextManager:
    def __init__(self, func, args, kwargs):
        self.gen = func(*args, **kwargs)
    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
    async def __aexit__(self, typ, value, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(typ, value, tb)
        except StopAsyncIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")

def asynccontextmanager(func):
    def helper(*args, **kwargs):
        return AsyncGeneratorContextManager(func, args, kwargs)
    return helper

log = []

@asynccontextmanager
async def transaction(name, swallow=False):
    await Pause("begin " + name)
    log.append("begin " + name)
    try:
        yield name.upper()
    except Exception as e:
        log.append("rollback %s: %r" % (name, e))
        if not swallow:
            raise
    else:
        await Pause("commit " + name)
        log.append("commit " + name)

def run(coro):
    steps = []
    try:
        while True:
            steps.append(coro.send(None))
    except StopIteration as e:
        return e.value, steps

async def ok():
    async with transaction("t1") as tx:
        log.append("working in " + tx)
    return "ok"

async def failing(swallow):
    async with transaction("t2", swallow) as tx:
        raise ValueError("boom in " + tx)
    return "swallowed"

print(run(ok()))
print(run(failing(True)))
try:
    run(failing(False))
except ValueError as e:
    print("ValueError:", e)
for entry in log:
    print(entry)

@asynccontextmanager
async def no_yield():
    if False:
        yield
try:
    async def use():
        async with no_yield():
            pass
    run(use())
except RuntimeError as e:
    print("RuntimeError:", e)
