# generator functions with every kind of parameter, defaults evaluated once, closures over arguments
def spread(first, *rest, sep="-", **extra):
    yield first
    for r in rest:
        yield sep + str(r)
    for k in sorted(extra):
        yield "%s=%s" % (k, extra[k])

print(list(spread(1)))
print(list(spread(1, 2, 3, sep="+", z=1, a=2)))
print(list(spread(*"ab", **{"sep": ":", "q": 0})))

def with_default(items=[]):
    items.append(len(items))
    yield from items

print(list(with_default()), list(with_default()), list(with_default([9])))

def posonly(a, b=2, /, c=3, *, d):
    yield a, b, c, d
print(next(posonly(1, d=4)), next(posonly(1, 5, 6, d=7)))
try:
    posonly(a=1, d=2)
except TypeError as e:
    print("TypeError:", e)

def make_counter(start):
    def count(step=1):
        n = start
        while True:
            yield n
            n += step
    return count

c = make_counter(10)
a, b = c(), c(5)
print([next(a) for _ in range(3)], [next(b) for _ in range(3)])

class Seq:
    def __init__(self, n):
        self.n = n
    def gen(self, scale=1):
        for i in range(self.n):
            yield i * scale
    @staticmethod
    def static_gen(n):
        yield from range(n)
    @classmethod
    def class_gen(cls, n):
        yield cls.__name__
        yield from Seq(n).gen(2)

print(list(Seq(3).gen()), list(Seq(3).gen(scale=3)), list(Seq.static_gen(2)), list(Seq.class_gen(2)))
m = Seq(2).gen
print(type(m).__name__, list(m()), list(m(10)))
