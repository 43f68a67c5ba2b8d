# async with: __aenter__/__aexit__ awaited, exceptions passed in, suppression
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        yield self.tag

class Lock:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.log = []
    async def __aenter__(self):
        await Pause("acquire " + self.name)
        self.log.append("enter")
        return self.name.upper()
    async def __aexit__(self, typ, val, tb):
        await Pause("release " + self.name)
        self.log.append(("exit", typ.__name__ if typ else None, str(val) if val else None))
        return self.suppress

def run(coro):
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return e.value, yielded

async def normal(lock):
    async with lock as name:
        await Pause("inside " + name)
        return "body returned"

lock = Lock("a")
print(run(normal(lock)), lock.log)

async def failing(lock):
    async with lock:
        raise ValueError("in body")
    return "after with"

lock = Lock("b", suppress=True)
print(run(failing(lock)), lock.log)
lock = Lock("c")
try:
    run(failing(lock))
except ValueError as e:
    print("ValueError:", e, lock.log)

async def nested():
    async with Lock("x") as x, Lock("y") as y:
        return x + y
print(run(nested()))

class Bad:
    pass
class OnlyEnter:
    async def __aenter__(self):
        return 1
class SyncEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
class SyncExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return False

async def use(cm):
    async with cm:
        pass

for cm in [Bad(), OnlyEnter(), SyncEnter(), SyncExit()]:
    try:
        run(use(cm))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

# a synchronous with inside a coroutine still works
class Sync:
    def __enter__(self):
        return "sync"
    def __exit__(self, *a):
        return False
async def mixed():
    with Sync() as s:
        async with Lock("m") as m:
            return s + m
print(run(mixed()))
