# a tiny event loop: tasks are coroutines that await sleep-like awaitables on a virtual clock

class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)

class Loop:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.results = {}
        self.log = []

    def spawn(self, name, coro, at=0):
        self.queue.append((self.now + at, self.seq, name, coro))
        self.queue.sort(key=lambda e: (e[0], e[1]))
        self.seq += 1

    def run(self):
        while self.queue:
            when, _, name, coro = self.queue.pop(0)
            self.now = when
            try:
                request = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append((self.now, name, "done"))
                continue
            kind, delay = request
            assert kind == "sleep"
            self.spawn(name, coro, delay)
        return self.results

loop = Loop()

async def ticker(name, period, count):
    for i in range(count):
        await Sleep(period)
        loop.log.append((loop.now, name, i))
    return name * count

async def compute(n):
    total = 0
    for i in range(n):
        total += i
        if i % 3 == 0:
            await Sleep(1)
    return total

async def parent():
    a = await compute(7)
    await Sleep(2)
    b = await compute(4)
    return a, b

loop.spawn("fast", ticker("f", 1, 4))
loop.spawn("slow", ticker("s", 3, 2))
loop.spawn("parent", parent())
print(loop.run())
for entry in loop.log:
    print(entry)
print("clock", loop.now)
