# Overriding a metaclass's __call__: caching instances, bypassing __init__, argument rewriting.
class Cached(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls._cache = {}
    def __call__(cls, *args):
        if args not in cls._cache:
            print("new instance for", args)
            cls._cache[args] = super().__call__(*args)
        return cls._cache[args]
class Point(metaclass=Cached):
    def __init__(self, x, y):
        self.x, self.y = x, y
p1, p2, p3 = Point(1, 2), Point(1, 2), Point(2, 1)
print(p1 is p2, p1 is p3, len(Point._cache))
class NoInit(type):
    def __call__(cls, *args, **kw):
        obj = cls.__new__(cls)
        obj.args = args
        return obj
class Thing(metaclass=NoInit):
    def __init__(self):
        raise RuntimeError("never called")
t = Thing(1, 2)
print(t.args, type(t).__name__)
class Defaults(type):
    def __call__(cls, *args, **kw):
        kw.setdefault("color", "blue")
        return super().__call__(*args, **kw)
class Widget(metaclass=Defaults):
    def __init__(self, name, color):
        self.name, self.color = name, color
w = Widget("w")
print(w.name, w.color, Widget("v", color="red").color)
class Validating(type):
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        if hasattr(obj, "validate"):
            obj.validate()
        return obj
class Positive(metaclass=Validating):
    def __init__(self, n):
        self.n = n
    def validate(self):
        if self.n <= 0:
            raise ValueError(f"{self.n} is not positive")
print(Positive(3).n)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
print(type.__call__(Positive, 5).n)
