def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
print(f(a=1, c=2, b=3))


def pos(a, b, /, c):
    return a + b + c


print(pos(1, 2, c=3))


def g(x, y):
    return x - y


print(g(y=1, x=10), g(*(5, 3)), g(**{"x": 1, "y": 2}))


def h(a, b=2, *, k):
    pass


def q(a, b, /, c):
    pass


def four(a, b, c, d):
    pass


def kwo(a, /, b, *, c, d=1):
    pass


for call in [lambda: four(), lambda: four(1), lambda: four(1, 2, 3, 4, 5), lambda: kwo(1, 2, 3),
             lambda: kwo(a=1, b=2, c=3), lambda: kwo(1, 2), lambda: h(), lambda: h(1, 2, 3),
             lambda: h(1, 2, 3, k=4), lambda: h(1, a=2), lambda: h(1, k=2, z=3), lambda: q(1, 2, a=1, b=2, c=3),
             lambda: (lambda: 0)(1), lambda: (lambda x: 0)(1, 2), lambda: g(1, **{"x": 2}),
             lambda: g(**1), lambda: g(*1), lambda: h(1, **{"k": 2, "k2": 3})]:
    try:
        call()
    except TypeError as e:
        print(e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)

    def total(self):
        return self.x + self.y


p = Point(1, 2).moved(10).moved(dy=5, dx=1)
print(p.x, p.y, p.total())
m = p.total
print(m())
print(Point.total(p))
print(sorted([3, 1, 2], key=lambda v: -v))
print(sorted(["bb", "a", "ccc"], key=len))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(20))


def default_mutation(x, acc=[]):
    acc.append(x)
    return acc


default_mutation(1)
print(default_mutation(2))
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__)
