# cr_running, cr_await, ag_running, ag_await and frames seen while things run
class Pause:
    def __await__(self):
        yield "p"

async def inner():
    print("  inner: outer running?", outer_coro.cr_running, "awaiting", type(outer_coro.cr_await).__name__)
    await Pause()
    return 1

async def outer():
    print("  outer running?", outer_coro.cr_running)
    return await inner()

outer_coro = outer()
print("before:", outer_coro.cr_running, outer_coro.cr_suspended, outer_coro.cr_await)
print(outer_coro.send(None))
print("suspended:", outer_coro.cr_suspended, type(outer_coro.cr_await).__name__,
      type(outer_coro.cr_await.cr_await).__name__)
fr = outer_coro.cr_frame
print(type(fr).__name__, fr.f_code.co_name, fr.f_lineno)
try:
    outer_coro.send(None)
except StopIteration as e:
    print("done", e.value, outer_coro.cr_frame, outer_coro.cr_await)

async def agen():
    print("  ag_running inside:", ag.ag_running)
    await Pause()
    yield 1

ag = agen()
aw = ag.__anext__()
print("ag_running before:", ag.ag_running)
print(aw.send(None))
print("ag_running while awaiting:", ag.ag_running, type(ag.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as e:
    print("value", e.value, "ag_running after:", ag.ag_running)
try:
    aw2 = ag.__anext__()
    aw2.send(None)
except StopAsyncIteration:
    print("finished, frame:", ag.ag_frame)

# a second __anext__ while the first is in flight
ag = agen()
a1 = ag.__anext__()
a1.send(None)
try:
    ag.__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ag.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    a1.send(None)
except StopIteration as e:
    print("first finished with", e.value)
a3 = ag.aclose()
try:
    a3.send(None)
except StopIteration:
    print("closed")
