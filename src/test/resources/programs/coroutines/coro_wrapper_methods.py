# the iterator coro.__await__() returns: send, throw, close, and exhaustion
class Pause:
    def __await__(self):
        got = yield "paused"
        return got

async def job():
    try:
        a = await Pause()
        b = await Pause()
        return a + b
    except KeyError as e:
        return "handled " + str(e)

c = job()
w = c.__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)

c = job()
w = c.__await__()
next(w)
try:
    w.throw(KeyError("k"))
except StopIteration as e:
    print("after throw:", e.value)

c = job()
w = c.__await__()
next(w)
w.close()
print("closed:", c.cr_frame, c.cr_suspended)

# a generator can drive a coroutine through its wrapper with yield from
def legacy_driver():
    result = yield from job().__await__()
    return result

d = legacy_driver()
print(next(d), d.send(10), end=" ")
try:
    d.send(5)
except StopIteration as e:
    print("legacy result", e.value)
w1 = job().__await__()
w2 = w1
print(w1 is w2)
w1.close()
