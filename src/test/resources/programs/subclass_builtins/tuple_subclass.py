# tuple subclasses: a named-tuple-like Point with __new__, properties and methods.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])


p = Point(1, 2)
print(p, p.x, p.y, len(p), list(p), p + (10, 20), type(p + (10, 20)).__name__, p == (1, 2), (1, 2) == p)
print(hash(p) == hash((1, 2)), {p: "p"}[(1, 2)], {(1, 2): "t"}[p], p[::-1], type(p[::-1]).__name__, p * 2, tuple(p))
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5), (1, 3)]), p.count(1), p.index(2), max(p), str(p), [p])


class T(tuple):
    pass


t = T([3, 1, 2])
print(t, repr(t), type(t).__name__, T(), T("ab"), t[0], t[1:], type(t[1:]).__name__, t + t, sorted(t), T(x for x in range(3)))
t.attr = "yes"
print(t.attr, isinstance(t, tuple), tuple(t), type(tuple(t)).__name__, t == (3, 1, 2), len(T(range(5))))
try:
    T(1, 2)
except TypeError as exc:
    print("TypeError:", exc)


class Reversed(tuple):
    def __getitem__(self, i):
        return tuple.__getitem__(self, -1 - i)

    def __len__(self):
        return 42

    def __iter__(self):
        return iter(tuple(tuple.__iter__(self))[::-1])


r = Reversed((1, 2, 3))
print(r[0], len(r), list(r), tuple.__len__(r), sorted(r))
