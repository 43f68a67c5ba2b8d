# the forms of generator.throw() and its argument errors
def catcher():
    while True:
        try:
            yield None
        except Exception as e:
            print("  caught", type(e).__name__, e.args)

g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError("instance"))
g.throw(ValueError, "value")
g.throw(ValueError, ("a", "b"))
g.throw(ValueError, ValueError("same type"))
g.throw(LookupError, KeyError("subclass instance"))
g.throw(TypeError, None)

for args in [(), (1,), ("str",), (object(),), (ValueError("x"), "extra"), (ValueError, 1, 2), (ValueError, 1, None, 4)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)

# throw into a finished generator raises the exception itself
def one():
    yield 1
g = one()
list(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("finished generator raised", repr(e))

# throw into an unstarted generator raises at its start: no handler there runs
def guarded():
    try:
        yield 1
    except ValueError:
        yield "handled"
g = guarded()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("unstarted raised", e)
print(list(g))

# a thrown exception handled by returning ends the generator with StopIteration
def handles():
    try:
        yield 1
    except ZeroDivisionError:
        return "handled and returned"
g = handles()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration", e.value)
