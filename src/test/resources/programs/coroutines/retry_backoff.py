# a retry-with-backoff helper for coroutines, driven on a virtual clock
class Sleep:
    def __init__(self, seconds):
        self.seconds = seconds
    def __await__(self):
        yield self.seconds

class TransientError(Exception):
    pass

async def retry(make_coro, attempts, base_delay):
    delay = base_delay
    for attempt in range(1, attempts + 1):
        try:
            return await make_coro()
        except TransientError as e:
            if attempt == attempts:
                raise RuntimeError("gave up after %d attempts" % attempts) from e
            await Sleep(delay)
            delay *= 2

def flaky(failures):
    state = {"calls": 0}
    async def call():
        state["calls"] += 1
        await Sleep(0.5)
        if state["calls"] <= failures:
            raise TransientError("call %d failed" % state["calls"])
        return "success after %d calls" % state["calls"]
    return call

def run(coro):
    clock = 0.0
    try:
        while True:
            clock += coro.send(None)
    except StopIteration as e:
        return e.value, clock

print(run(retry(flaky(0), 3, 1)))
print(run(retry(flaky(2), 3, 1)))
try:
    run(retry(flaky(5), 3, 1))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
