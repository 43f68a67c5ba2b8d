# long yield from chains: values, send and throw travel through every level
def leaf():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError:
            return "leaf ended at %d" % total
        total += v

def level(n):
    if n == 0:
        r = yield from leaf()
    else:
        r = yield from level(n - 1)
    return r

g = level(150)
print(next(g))
for v in [1, 2, 3]:
    print(g.send(v))
try:
    g.throw(ValueError)
except StopIteration as e:
    print(e.value)

depth = 0
inner = g
print(type(g.gi_yieldfrom).__name__)

def self_ref():
    yield from me
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def count_levels(gen):
    n = 0
    while gen is not None and hasattr(gen, "gi_yieldfrom"):
        n += 1
        gen = gen.gi_yieldfrom
    return n

g = level(40)
next(g)
print("levels:", count_levels(g))
g.close()
print("after close:", count_levels(g), g.gi_frame)
