# Class decorators: registration, adding methods, replacing the class, stacking order.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def tag(label):
    def deco(cls):
        print("tagging", cls.__name__, label)
        cls.label = label
        return cls
    return deco

@register
@add_repr
@tag("first")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), registry, Point.label)

def singleton(cls):
    instance = cls()
    return instance
@singleton
class Config:
    debug = False
print(type(Config).__name__, Config.debug)

def frozen(cls):
    def __setattr__(self, name, value):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen")
        object.__setattr__(self, name, value)
    orig_init = cls.__init__
    def __init__(self, *a, **k):
        orig_init(self, *a, **k)
        object.__setattr__(self, "_frozen", True)
    cls.__setattr__ = __setattr__
    cls.__init__ = __init__
    return cls
@frozen
class Const:
    def __init__(self, v):
        self.v = v
c = Const(3)
print(c.v)
try:
    c.v = 4
except AttributeError as e:
    print("AttributeError:", e)

def order(cls):
    print("decorating", cls.__name__, "defined in", cls.__qualname__)
    return cls
class Outer:
    @order
    class Inner:
        pass
print(Outer.Inner.__qualname__)
