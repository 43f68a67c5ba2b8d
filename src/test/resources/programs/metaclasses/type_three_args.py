# type(name, bases, ns): dynamic classes, errors, one-argument type().
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "dims": 2, "__doc__": "dynamic"})
p = Point(3)
print(Point.__name__, Point.__qualname__, Point.__doc__, p.v, p.dims, Point.__bases__)
Sub = type("Sub", (Point,), {"extra": True})
print(Sub(1).v, Sub.extra, [c.__name__ for c in Sub.__mro__])
print(type(1).__name__, type("s").__name__, type(Point).__name__, type(type).__name__)
try:
    type("X", [], {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", ())
except TypeError as e:
    print("TypeError:", e)
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
WithQual = type("W", (), {"__qualname__": "Outer.W"})
print(WithQual.__qualname__, WithQual.__name__)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
Cls = type("Cls", (), {"__slots__": ("a",)})
c = Cls()
c.a = 1
print(c.a, hasattr(c, "__dict__"))
print(type.__call__(Point, 7).v)
