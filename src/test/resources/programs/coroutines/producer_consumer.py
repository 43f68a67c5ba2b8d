# producer/consumer with async generators and a queue, on a hand-written round-robin loop

class Yield:
    def __await__(self):
        yield

class Queue:
    def __init__(self, size):
        self.items = []
        self.size = size
    async def put(self, item):
        while len(self.items) >= self.size:
            await Yield()
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)

async def numbers(n):
    for i in range(n):
        await Yield()
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def producer(q, n):
    async for v in squares(numbers(n)):
        await q.put(v)
        trace.append("put %d" % v)
    await q.put(None)

async def consumer(q):
    got = []
    while True:
        v = await q.get()
        if v is None:
            return got
        trace.append("got %d" % v)
        got.append(v)

def run_all(*coros):
    tasks = list(enumerate(coros))
    results = [None] * len(coros)
    while tasks:
        i, c = tasks.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[i] = e.value
        else:
            tasks.append((i, c))
    return results

trace = []
q = Queue(2)
print(run_all(producer(q, 6), consumer(q)))
print(trace)

async def take(agen, n):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) == n:
            break
    await agen.aclose()
    return out

async def forever():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        trace.append("forever closed at %d" % i)

trace = []
print(run_all(take(forever(), 3)), trace)
