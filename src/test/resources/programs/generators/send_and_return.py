# send() values into a generator; the return value travels in StopIteration.value
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

g = echo()
assert next(g) == 0
assert g.send("a") == 1
assert g.send("b") == 2
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
    assert e.value == ["a", "b"]
# exhausted: further sends raise a bare StopIteration
try:
    g.send(1)
except StopIteration as e:
    print("again", e.value, e.args)

def ret_tuple():
    yield 1
    return (1, 2)

it = ret_tuple()
next(it)
try:
    next(it)
except StopIteration as e:
    print("tuple value", e.value, e.args)

def no_return():
    yield 1

it = no_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("none value", e.value, e.args)
print("ok")
