# Mixing __slots__, properties and __dict__ across an inheritance chain.
class Base:
    __slots__ = ("_x",)
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
class Mid(Base):
    __slots__ = ("y",)
class Leaf(Mid):
    pass
l = Leaf(1)
l.y = 2
l.z = 3
l.x = 10
print(l.x, l.y, l.z, l.__dict__, [k for k in Leaf.__dict__ if not k.startswith("__")])
m = Mid(5)
try:
    m.z = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(m, "__dict__"), hasattr(l, "__dict__"), m.x)
class Empty:
    __slots__ = ()
try:
    Empty().a = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict(Base, Empty):
        __slots__ = ("q",)
    print("ok", Conflict.__mro__[1].__name__)
except TypeError as e:
    print("TypeError:", e)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(Leaf.__slots__ if hasattr(Leaf, "__slots__") else None, Mid.__slots__)
