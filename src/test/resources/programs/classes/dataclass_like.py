# Hand-written dataclass-like classes: generated __init__/__repr__/__eq__, ordering, immutability.
def record(*fields, frozen=False):
    def deco(cls):
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(f"{cls.__name__}() takes {len(fields)} arguments ({len(args)} given)")
            for name, value in zip(fields, args):
                object.__setattr__(self, name, value)
        def __repr__(self):
            return f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def key(self):
            return tuple(getattr(self, f) for f in fields)
        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return key(self) == key(other)
        def __lt__(self, other):
            return key(self) < key(other)
        def __hash__(self):
            return hash(key(self))
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__lt__ = __lt__
        cls.__hash__ = __hash__
        cls.__match_args__ = fields
        if frozen:
            def __setattr__(self, n, v):
                raise AttributeError(f"cannot assign to field '{n}'")
            def __delattr__(self, n):
                raise AttributeError(f"cannot delete field '{n}'")
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__
        return cls
    return deco

@record("x", "y")
class Point:
    def dist2(self):
        return self.x ** 2 + self.y ** 2
@record("name", "qty", frozen=True)
class Item:
    pass

p = Point(3, 4)
print(p, p.dist2(), p == Point(3, 4), p != Point(0, 0), p == (3, 4))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(len({Point(1, 1), Point(1, 1)}))
it = Item("apple", 3)
try:
    it.qty = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    del it.name
except AttributeError as e:
    print("AttributeError:", e)
print(it, hash(it) == hash(Item("apple", 3)))
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
match p:
    case Point(x, y) if x < y:
        print("matched", x, y)
