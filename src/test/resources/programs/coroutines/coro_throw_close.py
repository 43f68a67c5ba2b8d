# throw() and close() on coroutines, delegated through await chains
class Pause:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        return (yield self.tag)

class Cancelled(Exception):
    pass

async def leaf(log):
    try:
        await Pause("leaf waiting")
        return "leaf finished"
    except Cancelled:
        log.append("leaf cancelled")
        raise
    finally:
        log.append("leaf finally")

async def branch(log):
    try:
        r = await leaf(log)
        log.append("branch got " + r)
    except Cancelled:
        log.append("branch saw cancel")
        await Pause("cleanup wait")
        return "branch cleaned up"

log = []
c = branch(log)
print(c.send(None))
print(c.throw(Cancelled))
try:
    c.send(None)
except StopIteration as e:
    print("result:", e.value)
print(log)

log = []
c = branch(log)
c.send(None)
print(c.cr_await.__class__.__name__, c.cr_await.cr_await.__class__.__name__)
c.close()
print("closed:", log, c.cr_frame)

async def stubborn():
    try:
        await Pause("x")
    except GeneratorExit:
        await Pause("y")

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
s = stubborn()
s.close()
print("unstarted close ok")
c = branch([])
c.send(None)
try:
    c.throw(KeyError("not handled"))
except KeyError as e:
    print("KeyError propagated:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()

# throw into a coroutine awaiting a wrapper: handled by the wrapped generator
class Tolerant:
    def __await__(self):
        while True:
            try:
                return (yield "tolerant")
            except ValueError:
                print("  tolerated ValueError")

async def uses():
    return await Tolerant()

u = uses()
print(u.send(None))
print(u.throw(ValueError))
try:
    u.send("final")
except StopIteration as e:
    print("value", e.value)
