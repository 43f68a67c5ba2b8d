# __slots__ members are data descriptors on the class: introspection, get/set by hand, mixing with properties.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def total(self):
        return self.x + self.y
p = P(2, 3)
print(P.x.__get__(p, P), p.total, type(P.__dict__["x"]).__name__)
P.y.__set__(p, 10)
print(p.y, p.total)
P.x.__delete__(p)
print(hasattr(p, "x"))
print(P.x.__name__, P.x.__objclass__ is P)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
class Q(P):
    __slots__ = ()
q = Q(1, 1)
print(q.total, hasattr(q, "__dict__"))
try:
    P.x.__get__(object(), object)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(P.x, object), P.x.__get__(None, P) is P.x)
