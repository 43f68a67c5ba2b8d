# an exception thrown into a generator and not handled: the traceback shows where it was suspended
def worker():
    total = 0
    while True:
        item = yield total
        total += item

def supervisor():
    result = yield from worker()
    return result

s = supervisor()
next(s)
s.send(5)
s.throw(TimeoutError("took too long"))
