# CSP-style channels between tasks: bounded buffers, fan-out to workers, results collected in order
class Yield:
    def __await__(self):
        yield

class Closed(Exception):
    pass

class Channel:
    def __init__(self, capacity):
        self.capacity = capacity
        self.buffer = []
        self.closed = False
    async def send(self, item):
        while len(self.buffer) >= self.capacity:
            await Yield()
        if self.closed:
            raise Closed("send on closed channel")
        self.buffer.append(item)
    async def recv(self):
        while not self.buffer:
            if self.closed:
                raise Closed("channel drained")
            await Yield()
        return self.buffer.pop(0)
    def close(self):
        self.closed = True
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return await self.recv()
        except Closed:
            raise StopAsyncIteration

async def producer(out, n):
    for i in range(n):
        await out.send(i)
    out.close()

async def worker(name, inp, out, log):
    async for job in inp:
        log.append((name, job))
        await Yield()
        await out.send((job, job * job))
    return name

async def collector(inp, expected):
    results = {}
    while len(results) < expected:
        job, value = await inp.recv()
        results[job] = value
    return [results[k] for k in sorted(results)]

def run(tasks):
    pending = list(tasks)
    results = {}
    while pending:
        for name, coro in list(pending):
            try:
                coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                pending.remove((name, coro))
    return results

jobs, done, log = Channel(2), Channel(3), []
out = run([
    ("producer", producer(jobs, 8)),
    ("w1", worker("w1", jobs, done, log)),
    ("w2", worker("w2", jobs, done, log)),
    ("collector", collector(done, 8)),
])
print(out)
print(sorted(j for _, j in log), len({w for w, _ in log}))
closed = Channel(1)
closed.close()
try:
    run([("late", closed.send(1))])
except Closed as e:
    print("Closed:", e)
