# the lifecycle of coroutines and async generators as their attributes show it
class Pause:
    def __await__(self):
        yield "pause"

def state(c):
    frame = c.cr_frame
    return ("running" if c.cr_running else "suspended" if c.cr_suspended else
            "created" if frame is not None else "closed")

async def life():
    print("  during:", state(me))
    await Pause()
    try:
        await Pause()
    except ValueError:
        return "handled"

me = life()
print("created:", state(me))
me.send(None)
print("after first send:", state(me), me.cr_frame.f_lineno)
me.send(None)
print("second suspension:", state(me), me.cr_frame.f_lineno)
try:
    me.throw(ValueError)
except StopIteration as e:
    print("throw finished it:", e.value, state(me))

me = life()
me.close()
print("closed before start:", state(me))
try:
    me.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def agen():
    await Pause()
    yield 1

g = agen()
print("agen frame line:", g.ag_frame.f_lineno, g.ag_running)
aw = g.asend(None)
aw.send(None)
print("agen awaiting:", g.ag_running, type(g.ag_await).__name__, g.ag_frame.f_lineno)
try:
    aw.send(None)
except StopIteration as e:
    print("yielded", e.value, "running:", g.ag_running, "await:", g.ag_await)
c = g.aclose()
try:
    c.send(None)
except StopIteration:
    print("closed:", g.ag_frame, g.ag_running)
