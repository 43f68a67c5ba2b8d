# async for over objects with __aiter__/__anext__ and StopAsyncIteration
class Pause:
    def __await__(self):
        yield "tick"

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Pause()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def collect(aiterable):
    out = []
    async for x in aiterable:
        out.append(x)
    else:
        out.append("else")
    return out

print(run(collect(Countdown(3))))

async def with_break():
    async for x in Countdown(10):
        if x == 7:
            break
        if x == 9:
            continue
        print("  body", x)
    return x
print(run(with_break()))

# __anext__ returning a plain awaitable object
class Plain:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.i += 1
        if self.i > 2:
            return Raise(StopAsyncIteration)
        return Value(self.i)

class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield

class Raise:
    def __init__(self, exc):
        self.exc = exc
    def __await__(self):
        raise self.exc
        yield

print(run(collect(Plain())))

# an exception in __anext__ propagates out of async for
class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("broken")

try:
    run(collect(Broken()))
except KeyError as e:
    print("KeyError:", e)

# errors
class NoAnext:
    def __aiter__(self):
        return self
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 42

for bad in [[1, 2], NoAnext(), BadAnext()]:
    try:
        run(collect(bad))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))
