# errors during close(): which exception the caller sees, and what runs
log = []

def nested_finally():
    try:
        try:
            yield 1
        finally:
            log.append("inner finally")
            raise ValueError("from inner finally")
    finally:
        log.append("outer finally")

g = nested_finally()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
print(log)
log.clear()

def yield_in_finally():
    try:
        yield 1
    finally:
        yield "cleanup value"

g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(g, "exhausted"))

def catches_everything():
    try:
        yield 1
    except BaseException as e:
        log.append("caught " + type(e).__name__)

g = catches_everything()
next(g)
g.close()
print(log)

def closes_child():
    child = catches_everything()
    next(child)
    try:
        yield "parent"
    finally:
        child.close()
        log.append("child closed by parent")

log.clear()
g = closes_child()
next(g)
g.close()
print(log)

# close from a with statement's __exit__
class Closing:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return self.gen
    def __exit__(self, *a):
        self.gen.close()

def numbers():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("numbers closed")

with Closing(numbers()) as nums:
    for n in nums:
        if n == 3:
            break
print("after with")
