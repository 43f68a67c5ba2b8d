# what a generator's return value becomes: StopIteration.value for every kind of value
def gen(value):
    yield "first"
    return value

for value in [None, 0, "", (), (1,), (1, 2), [3], {"k": 1}, ValueError("as value"), StopIteration(5)]:
    g = gen(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(type(value).__name__, repr(e.value), len(e.args), e.value is value)

def returner():
    r = yield from gen((1, 2))
    yield r
    r = yield from gen(StopIteration("inner"))
    yield type(r).__name__, r.args
print(list(returner()))

# reusing an exhausted generator in yield from gives None
g = gen("once")
def twice():
    a = yield from g
    b = yield from g
    return a, b
t = twice()
print(next(t))
try:
    next(t)
except StopIteration as e:
    print(e.value)
