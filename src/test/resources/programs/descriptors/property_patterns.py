# Property patterns: cached values, validation, computed attributes, inheritance and overriding.
class Circle:
    def __init__(self, r):
        self.r = r
        self._area = None
    @property
    def r(self):
        return self._r
    @r.setter
    def r(self, v):
        if v < 0:
            raise ValueError("radius must be >= 0")
        self._r = v
        self._area = None
    @property
    def area(self):
        if self._area is None:
            print("computing area")
            self._area = round(3.14159 * self._r ** 2, 3)
        return self._area
c = Circle(2)
print(c.area, c.area)
c.r = 1
print(c.area)
try:
    Circle(-1)
except ValueError as e:
    print("ValueError:", e)

class Base:
    @property
    def kind(self):
        return "base"
class Override(Base):
    kind = "plain attribute"
class Extend(Base):
    @property
    def kind(self):
        return "extended " + super().kind
print(Base().kind, Override().kind, Extend().kind)

class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print([l.value for _ in range(3)], Lazy.calls)
p = property(lambda self: "anon")
class Anon:
    x = p
print(Anon().x, Anon.x is p, p.fget(None), p.__get__(None, Anon) is p)
q = p.setter(lambda self, v: None)
print(q is p, q.fget is p.fget, q.fset is not None)
class Deleter:
    def __init__(self): self._v = 1
    v = property(lambda s: s._v, None, lambda s: print("deleter ran"), "the v")
d = Deleter()
del d.v
print(Deleter.v.__doc__)
