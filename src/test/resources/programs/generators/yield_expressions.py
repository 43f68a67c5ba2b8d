# yield as an expression in many positions
def positions():
    a = yield 1
    b = (yield 2) + 10
    c = [(yield 3), (yield 4)]
    d = {"k": (yield 5)}
    e = f((yield 6), z=(yield 7))
    g = (yield 8) if a else (yield 9)
    h = yield
    return a, b, c, d, e, g, h

def f(x, z):
    return x * z

gen = positions()
print(next(gen))
sent = 100
out = []
try:
    while True:
        out.append(gen.send(sent))
        sent += 1
except StopIteration as e:
    print(out)
    print(e.value)

lam = lambda: (yield 1)
g = lam()
print(type(g).__name__, next(g))
try:
    g.send("back")
except StopIteration as e:
    print("lambda returned", e.value)

def yield_tuple():
    x = yield 1, 2
    y = yield x,
    yield [x, y]

g = yield_tuple()
print(next(g), g.send("a"), g.send("b"))

def in_comparison_and_ops():
    total = 0
    while total < 10:
        total += (yield total) or 1
    return total

g = in_comparison_and_ops()
vals = [next(g)]
for s in [3, None, 4, 5]:
    try:
        vals.append(g.send(s))
    except StopIteration as e:
        vals.append(("stop", e.value))
print(vals)

def nested_yield():
    yield (yield (yield 1))
g = nested_yield()
print(next(g), g.send(2), g.send(3))
