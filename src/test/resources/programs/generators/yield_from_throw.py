# throw() is delegated to the sub-generator; if it handles the error, iteration continues
class Reset(Exception):
    pass

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("  inner reset at", n)
            n = 0

def outer():
    try:
        yield from counter()
    except ValueError as e:
        print("  outer caught", repr(e))
        yield "recovered"

g = outer()
print(next(g), next(g), next(g))
print(g.throw(Reset))
print(next(g))
print(g.throw(ValueError("bad")))
try:
    next(g)
except StopIteration:
    print("finished")

# the sub-generator returns while handling the thrown exception: yield from ends with its value
def sub():
    try:
        yield 1
    except KeyError:
        return "sub handled"

def main():
    r = yield from sub()
    yield "after: " + r

g = main()
print(next(g))
print(g.throw(KeyError("k")))

# an unhandled throw propagates through both frames
def deep():
    yield 1

def mid():
    yield from deep()

g = mid()
next(g)
try:
    g.throw(IndexError("boom"))
except IndexError as e:
    print("propagated", e)
print(g.gi_frame)

# throw into an iterator without throw(): raised at the yield from
def over():
    try:
        yield from iter([1, 2, 3])
    except RuntimeError as e:
        yield "caught " + str(e)

g = over()
next(g)
print(g.throw(RuntimeError("x")))

# an iterator with throw(): called with the exception
class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"
    def throw(self, *args):
        print("  Thrower.throw got", [type(a).__name__ for a in args])
        raise StopIteration("from throw")

def over2():
    r = yield from Thrower()
    yield r

g = over2()
print(next(g))
print(g.throw(ValueError("v")))
