# exception context and cause across generator boundaries
def failing():
    yield 1
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")

g = failing()
next(g)
try:
    next(g)
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)

def raise_from():
    try:
        yield 1
    except ZeroDivisionError as z:
        raise RuntimeError("converted") from z

g = raise_from()
next(g)
try:
    g.throw(ZeroDivisionError("div"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

def reraiser():
    try:
        yield 1
    except Exception:
        yield "handling"
        raise

g = reraiser()
next(g)
print(g.throw(IndexError("idx")))
try:
    next(g)
except IndexError as e:
    print("re-raised", repr(e))

# the caller's handled exception becomes the context of an error raised inside the generator
def plain():
    yield 1
    1 / 0

g = plain()
next(g)
try:
    try:
        raise OSError("outer")
    except OSError:
        next(g)
except ZeroDivisionError as e:
    print(repr(e), "context:", repr(e.__context__))
