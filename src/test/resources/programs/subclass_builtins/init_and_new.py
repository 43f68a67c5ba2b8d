# __init__ on subclasses of immutable built-ins: the value comes from __new__, __init__ adds state.
class Labeled(int):
    def __new__(cls, value, label="?"):
        return super().__new__(cls, value)

    def __init__(self, value, label="?"):
        self.label = label


x = Labeled(5, label="five")
print(x, x.label, Labeled(7).label, x + 1, type(x).__name__)


class InitOnly(int):
    def __init__(self, value, label="?"):
        self.label = label


try:
    InitOnly(5, label="five")
except TypeError as exc:
    print("TypeError:", exc)
print(InitOnly("11", 2), InitOnly("11", 2).label)


class Counted(str):
    count = 0

    def __init__(self, *args, **kwargs):
        type(self).count += 1


a, b = Counted("a"), Counted(b"b", "ascii")
print(a, b, Counted.count, type(b).__name__)


class Both(float):
    def __new__(cls, value, unit):
        print("__new__", cls.__name__, value, unit)
        return super().__new__(cls, value)

    def __init__(self, value, unit):
        print("__init__", float(self), unit)
        self.unit = unit


d = Both(1.5, "kg")
print(d, d.unit)


class Other(int):
    def __new__(cls, value):
        return "not an Other"

    def __init__(self, value):
        print("never printed")


print(Other(1))
try:
    Labeled(1, 2, 3)
except TypeError as exc:
    print("TypeError:", exc)
try:
    int.__init__(Labeled(1), 99)
    print("int.__init__ accepts the extra argument")
except TypeError as exc:
    print("TypeError:", exc)
