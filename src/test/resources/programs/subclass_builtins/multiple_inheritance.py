# Mixins with subclasses of built-in types: the mixin's methods and the base value work together.
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({super().__repr__()})"


class Describe:
    def describe(self):
        return f"{self!r} of length {len(str(self))}"


class Id(ReprMixin, Describe, int):
    pass


class Tag(Describe, ReprMixin, str):
    pass


i, t = Id(42), Tag("x")
print(repr(i), i.describe(), i + 1, repr(t), t.describe(), t.upper(), [c.__name__ for c in Id.__mro__])
print(isinstance(i, ReprMixin), isinstance(i, int), {i: 1}[42], sorted([Id(3), Id(1)]))


class Limited(int):
    limit = 10

    def __new__(cls, v):
        return super().__new__(cls, min(v, cls.limit))


class Small(Limited):
    limit = 3


class SmallId(ReprMixin, Small):
    pass


print(Limited(50), Small(50), repr(SmallId(50)), type(SmallId(50)).__mro__[2].__name__)
try:
    class Conflict(int, str):
        pass
except TypeError as exc:
    print("TypeError:", exc)
