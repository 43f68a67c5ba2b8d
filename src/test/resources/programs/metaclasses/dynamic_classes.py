# Building classes at run time: type() with methods, closures, inheritance from dynamic classes, copying.
def make_class(name, fields):
    def __init__(self, *values):
        for f, v in zip(fields, values):
            setattr(self, f, v)
    def __repr__(self):
        return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
    return type(name, (), {"__init__": __init__, "__repr__": __repr__, "fields": tuple(fields)})
Point = make_class("Point", ["x", "y"])
Color = make_class("Color", ["r", "g", "b"])
print(Point(1, 2), Color(0, 128, 255), Point.fields, Point.__name__)
Point3 = type("Point3", (Point,), {"fields": ("x", "y", "z")})
print(Point3(1, 2, 3).__class__.__name__, isinstance(Point3(), Point))
classes = [type(f"C{i}", (), {"n": i, "get": lambda self, i=i: i * 10}) for i in range(3)]
print([c.n for c in classes], [c().get() for c in classes], [c.__name__ for c in classes])
Mixed = type("Mixed", tuple(classes[:2]), {})
print([c.__name__ for c in Mixed.__mro__], Mixed.n)
ns = {}
exec("class FromExec:\n    v = 7\n", ns)
print(ns["FromExec"].v, ns["FromExec"].__name__)
def with_super():
    class Base:
        def hi(self): return "base"
    def hi(self):
        return "derived+" + super(Derived, self).hi()
    Derived = type("Derived", (Base,), {"hi": hi})
    return Derived
print(with_super()().hi())
def clone(cls):
    return type(cls.__name__ + "Clone", cls.__bases__, {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")})
PC = clone(Point)
print(PC(5, 6), PC.__name__, PC is not Point)
