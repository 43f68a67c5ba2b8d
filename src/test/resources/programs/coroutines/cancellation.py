# cancelling tasks by throwing into their coroutines, with cleanup that awaits
class CancelledError(BaseException):
    pass

class Tick:
    def __await__(self):
        yield "tick"

events = []

async def worker(name, steps):
    try:
        for i in range(steps):
            events.append("%s step %d" % (name, i))
            await Tick()
        return name + " finished"
    except CancelledError:
        events.append(name + " cancelled")
        await Tick()
        events.append(name + " cleaned up")
        raise
    finally:
        events.append(name + " finally")

async def supervisor():
    try:
        return await worker("child", 10)
    except CancelledError:
        events.append("supervisor saw cancel")
        return "supervisor swallowed"

def run_with_cancel(coro, cancel_after):
    for _ in range(cancel_after):
        coro.send(None)
    try:
        coro.throw(CancelledError())
        while True:
            coro.send(None)
    except StopIteration as e:
        return "returned " + repr(e.value)
    except CancelledError:
        return "cancelled"

print(run_with_cancel(worker("w", 5), 2))
print(run_with_cancel(supervisor(), 3))
for e in events:
    print(e)

# timeouts by closing
events.clear()
c = worker("slowpoke", 100)
for _ in range(3):
    c.send(None)
c.close()
print(events)
