# __slots__: no __dict__, member descriptors, unset slots, inheritance, __dict__ in slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

p = P(1)
print(p.x, hasattr(p, "__dict__"), type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.x
print(hasattr(p, "x"), p.y)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    pass
q = Q(5)
q.extra = 1
print(q.x, q.extra, q.__dict__)

class R(P):
    __slots__ = ("z",)
r = R(1)
r.z = 9
print(r.x, r.z, hasattr(r, "__dict__"))

class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__)

class S:
    __slots__ = "single"
s = S()
s.single = "one"
print(s.single, S.__slots__)

try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)

class Priv:
    __slots__ = ("__secret",)
    def set(self, v):
        self.__secret = v
    def get(self):
        return self.__secret
pv = Priv()
pv.set(3)
print(pv.get(), "_Priv__secret" in dir(Priv))
