# yield inside try/except/finally and with: cleanup on exhaustion, close and errors
log = []

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, typ, val, tb):
        log.append("exit %s %s" % (self.name, typ.__name__ if typ else None))
        return False

def managed():
    with Resource("a") as r:
        yield r.name
        with Resource("b"):
            yield "inner"
        yield "between"

print(list(managed()))
print(log)
log.clear()

g = managed()
next(g); next(g)
g.close()
print(log)
log.clear()

g = managed()
next(g)
try:
    g.throw(KeyError("x"))
except KeyError:
    pass
print(log)
log.clear()

def nested():
    try:
        try:
            yield 1
            raise ValueError("v")
        finally:
            log.append("inner finally")
            yield "from inner finally"
    except ValueError as e:
        log.append("caught " + str(e))
        yield "from except"
    finally:
        log.append("outer finally")

print(list(nested()))
print(log)
log.clear()

def finally_return():
    try:
        yield 1
    finally:
        return "finally wins"

g = finally_return()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("swallowed by return:", e.value)

def yield_in_except():
    try:
        raise KeyError("k")
    except KeyError as e:
        yield repr(e)
        yield repr(e.__context__)
    yield "done"

print(list(yield_in_except()))
