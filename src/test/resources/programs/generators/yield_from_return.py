# yield from passes values through and evaluates to the sub-generator's return value
def leaf(n):
    for i in range(n):
        yield i
    return n * 10

def middle():
    a = yield from leaf(2)
    b = yield from leaf(3)
    return a + b

def top():
    total = yield from middle()
    yield "total", total
    return "done"

out = []
g = top()
for v in g:
    out.append(v)
print(out)
assert out == [0, 1, 0, 1, 2, ("total", 50)]

def outer():
    r = yield from top()
    print("outer got", r)
    return r

print(list(outer()))

# yield from over non-generator iterables
def flat(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flat(x)
        else:
            yield x

print(list(flat([1, [2, [3, [4]], 5], "ab", (6, 7)])))
def from_iter():
    r = yield from iter([1, 2])
    yield r
    r = yield from range(2)
    yield r
    r = yield from "xy"
    yield r
print(list(from_iter()))
