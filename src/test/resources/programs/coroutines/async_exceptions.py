# exceptions across awaits: handling, context chaining, errors from __await__ iterators
class Fail:
    def __init__(self, exc):
        self.exc = exc
    def __await__(self):
        yield "about to fail"
        raise self.exc

async def step(n):
    if n == 0:
        await Fail(LookupError("bottom"))
    return await step(n - 1)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

try:
    run(step(3))
except LookupError as e:
    depth = 0
    tb = e.__traceback__
    while tb:
        depth += 1
        tb = tb.tb_next
    print("LookupError", e, "traceback entries:", depth)

async def handler():
    try:
        await Fail(KeyError("first"))
    except KeyError:
        try:
            await Fail(ValueError("second"))
        except ValueError as e:
            return repr(e), repr(e.__context__)
print(run(handler()))

async def convert():
    try:
        await Fail(OSError("io"))
    except OSError as e:
        raise RuntimeError("wrapped") from e
try:
    run(convert())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

async def finally_runs():
    log = []
    try:
        try:
            await Fail(IndexError("i"))
        finally:
            log.append("finally ran")
    except IndexError:
        log.append("caught")
    return log
print(run(finally_runs()))

import sys
class Pause:
    def __await__(self):
        yield

async def exc_info_inside():
    try:
        raise TypeError("t")
    except TypeError:
        await Pause()
        return sys.exc_info()[0].__name__

c = exc_info_inside()
c.send(None)
print("outside while suspended:", sys.exc_info())
try:
    c.send(None)
except StopIteration as e:
    print("inside after resume:", e.value)
