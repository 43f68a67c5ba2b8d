# an Event and a Lock for a hand-written scheduler, used by several cooperating tasks
class Wait:
    def __init__(self, cond):
        self.cond = cond
    def __await__(self):
        while not self.cond():
            yield

class Event:
    def __init__(self):
        self.flag = False
    def set(self):
        self.flag = True
    async def wait(self):
        await Wait(lambda: self.flag)

class Lock:
    def __init__(self):
        self.owner = None
    async def __aenter__(self):
        await Wait(lambda: self.owner is None)
        self.owner = object()
        return self
    async def __aexit__(self, *exc):
        self.owner = None

trace = []
ready = Event()
lock = Lock()

async def waiter(name):
    trace.append(name + " waiting")
    await ready.wait()
    async with lock:
        trace.append(name + " has lock")
        await Wait(iter([False, True]).__next__)
        trace.append(name + " releases")
    return name

async def starter():
    for _ in range(2):
        await Wait(lambda: True)
        await Wait(iter([False]).__next__) if False else None
    trace.append("starter sets event")
    ready.set()
    return "starter"

def run_all(coros):
    tasks = list(coros)
    done = []
    while tasks:
        for t in list(tasks):
            try:
                t.send(None)
            except StopIteration as e:
                done.append(e.value)
                tasks.remove(t)
    return done

print(run_all([waiter("a"), waiter("b"), starter()]))
for t in trace:
    print(t)
