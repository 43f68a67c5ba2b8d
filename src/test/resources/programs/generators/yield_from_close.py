# close() closes the innermost generator first; finally blocks run innermost-out
def inner(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("inner finally")

def outer(log):
    try:
        yield from inner(log)
    finally:
        log.append("outer finally")

log = []
g = outer(log)
print(next(g))
g.close()
print(log)
assert log == ["inner finally", "outer finally"]
print(g.gi_frame, g.gi_yieldfrom)

# an iterator with close() is closed too; one without is just left
class Closeable:
    def __init__(self):
        self.closed = False
    def __iter__(self):
        return self
    def __next__(self):
        return 42
    def close(self):
        print("  Closeable.close")
        self.closed = True

c = Closeable()
def over(c):
    yield from c
g = over(c)
print(next(g))
g.close()
print("closed:", c.closed)

def over_list():
    yield from [1, 2]
g = over_list()
next(g)
g.close()
print("list delegate closed fine")

# the sub-generator's close raising: the error is raised in the delegating frame
def bad_inner():
    try:
        yield 1
    finally:
        raise ValueError("inner cleanup failed")

def catching():
    try:
        yield from bad_inner()
    except ValueError as e:
        print("  outer saw", e)
        yield "still alive"

g = catching()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
