# a contextmanager decorator written by hand: generators driven by next() and throw()
class GeneratorContextManager:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None
    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, tb)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(func):
    def helper(*args, **kwargs):
        return GeneratorContextManager(func(*args, **kwargs))
    return helper

log = []

@contextmanager
def tag(name):
    log.append("<%s>" % name)
    try:
        yield name
    finally:
        log.append("</%s>" % name)

@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        log.append("suppressed %r" % e)

with tag("html"):
    with tag("body") as b:
        log.append("text in " + b)
print(log)
log.clear()

with suppress(KeyError):
    {}["missing"]
with suppress(KeyError, IndexError):
    [][1]
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    log.append("escaped %r" % e)
print(log)
log.clear()

try:
    with tag("outer"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", repr(e), log)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def never():
    return
    yield
try:
    with never():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

# StopIteration raised in the body passes through the generator unchanged
try:
    with tag("stop"):
        raise StopIteration("body stop")
except StopIteration as e:
    print("StopIteration kept:", e)
