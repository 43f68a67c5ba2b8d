# futures with callbacks, gather and a ready-queue loop, written as small libraries do
class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done = True
        self.result = value
        for cb in self.callbacks:
            self.loop.call_soon(cb, self)
    def add_done_callback(self, cb):
        if self.done:
            self.loop.call_soon(cb, self)
        else:
            self.callbacks.append(cb)
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Task(Future):
    def __init__(self, loop, coro):
        super().__init__(loop)
        self.coro = coro
        loop.call_soon(self.step)
    def step(self, *_):
        try:
            fut = self.coro.send(None)
        except StopIteration as e:
            self.set_result(e.value)
            return
        fut.add_done_callback(self.step)

class Loop:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.time = 0
    def call_soon(self, fn, *args):
        self.ready.append((fn, args))
    def call_later(self, delay, fn, *args):
        self.timers.append((self.time + delay, len(self.timers), fn, args))
    def sleep(self, delay, value=None):
        f = Future(self)
        self.call_later(delay, f.set_result, value)
        return f
    def run_until_complete(self, coro):
        task = Task(self, coro)
        while not task.done:
            if self.ready:
                fn, args = self.ready.pop(0)
                fn(*args)
            else:
                self.timers.sort()
                when, _, fn, args = self.timers.pop(0)
                self.time = when
                fn(*args)
        return task.result

loop = Loop()

async def gather(*coros):
    tasks = [Task(loop, c) for c in coros]
    return [await t for t in tasks]

async def job(name, delay):
    v = await loop.sleep(delay, name.upper())
    return "%s@%d" % (v, loop.time)

async def main():
    first = await job("solo", 5)
    many = await gather(job("a", 3), job("b", 1), job("c", 2))
    return first, many, loop.time

print(loop.run_until_complete(main()))
