# a traceback through a yield from chain, and through throw()
def leaf():
    yield 1
    return {}["missing"]

def middle():
    value = yield from leaf()
    yield value

def top():
    yield from middle()

g = top()
print(next(g))
try:
    next(g)
except KeyError as e:
    import sys
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("KeyError", e, "lines", names)

def waiter():
    yield "waiting"

def relay():
    yield from waiter()

r = relay()
next(r)
r.throw(ValueError("thrown in"))
