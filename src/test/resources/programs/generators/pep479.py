# PEP 479: StopIteration escaping a generator becomes RuntimeError
def leaky():
    yield 1
    raise StopIteration("oops")

g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)

def next_on_empty():
    it = iter([])
    yield next(it)

try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)

# generator expressions too
try:
    list(next(iter([])) for _ in range(3))
except RuntimeError as e:
    print("genexpr RuntimeError:", e)

# a subclass of StopIteration is converted as well
class MyStop(StopIteration):
    pass

def sub():
    raise MyStop
    yield

try:
    next(sub())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def careful():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return "clean end"
        yield v

g = careful()
print(list(g))
g = careful()
next(g)
try:
    next(g)
except StopIteration as e:
    print("clean:", e.value)

# the generator is finished after the conversion
g = leaky()
next(g)
try:
    next(g)
except RuntimeError:
    pass
print("after:", next(g, "exhausted"))
