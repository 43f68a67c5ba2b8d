# Reusable validating descriptors with a common base class, __set_name__ and per-instance storage.
class Validator:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def validate(self, value):
        raise NotImplementedError
class OneOf(Validator):
    def __init__(self, *options):
        self.options = set(options)
    def validate(self, value):
        if value not in self.options:
            raise ValueError(f"{self.public}: expected one of {sorted(self.options)}, got {value!r}")
class Number(Validator):
    def __init__(self, lo=None, hi=None):
        self.lo, self.hi = lo, hi
    def validate(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public}: expected a number, got {type(value).__name__}")
        if self.lo is not None and value < self.lo:
            raise ValueError(f"{self.public}: {value} < {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValueError(f"{self.public}: {value} > {self.hi}")
class String(Validator):
    def __init__(self, maxlen):
        self.maxlen = maxlen
    def validate(self, value):
        if not isinstance(value, str) or len(value) > self.maxlen:
            raise ValueError(f"{self.public}: bad string {value!r}")
class Component:
    name = String(8)
    kind = OneOf("wood", "metal", "plastic")
    quantity = Number(lo=0)
    def __init__(self, name, kind, quantity):
        self.name, self.kind, self.quantity = name, kind, quantity
c = Component("widget", "metal", 5)
print(c.name, c.kind, c.quantity, sorted(vars(c)))
for bad in (("too long name", "metal", 1), ("w", "glass", 1), ("w", "wood", -1), ("w", "wood", "3")):
    try:
        Component(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(Component.kind.options == {"wood", "metal", "plastic"}, Component.quantity.public, type(Component.name).__mro__[1].__name__)
