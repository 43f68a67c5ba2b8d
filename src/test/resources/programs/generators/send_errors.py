# argument errors of send/throw/close and other misuse
def gen():
    x = yield 1
    yield x

g = gen()
for call in [lambda: g.send(), lambda: g.send(1, 2), lambda: g.close(1), lambda: g.send(1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(next(g), g.send("sent"))

try:
    gen().__next__(1)
except TypeError as e:
    print("TypeError:", type(e).__name__)

# generators are not subscriptable, have no len
for op in [lambda: gen()[0], lambda: len(gen())]:
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)

# calling a generator function with bad arguments fails at the call, before any generator exists
def needs(a, *, b):
    yield a + b
try:
    needs(1)
except TypeError as e:
    print("TypeError:", e)
try:
    needs(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
print(list(needs(1, b=2)))

# generator type cannot be instantiated
try:
    type(gen())()
except TypeError as e:
    print("TypeError:", e)
print(type(gen()).__name__, bool(gen()), gen() == gen())
g = gen()
print(g == g, hash(g) == hash(g), iter(g) is g)
