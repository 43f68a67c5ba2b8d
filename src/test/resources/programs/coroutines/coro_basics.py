# a coroutine object driven by hand: send(None) until StopIteration carries the result
async def add(a, b):
    return a + b

c = add(2, 3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_code.co_name, c.cr_origin)
print(repr(c).startswith("<coroutine object add at 0x"))
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_suspended)

# a coroutine is not iterable
c = add(1, 1)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(c, "__await__"), hasattr(c, "__next__"))
c.close()

# awaiting other coroutines
async def double(x):
    return await add(x, x)

async def main():
    a = await double(5)
    b = await double(a)
    return [a, b]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

class Klass:
    async def method(self, n):
        return n * 3
print(run(Klass().method(4)), Klass().method.__qualname__)
k = Klass().method(1)
print(k.__qualname__)
k.close()

# can't send non-None first
c = add(1, 2)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

