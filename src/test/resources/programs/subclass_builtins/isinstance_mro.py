# Type relations of subclasses of built-in types: isinstance, issubclass, mro, super() calls.
class MyInt(int):
    def double(self):
        return super().__mul__(2)

    def __add__(self, other):
        return MyInt(super().__add__(other))


class Sub(MyInt):
    def __add__(self, other):
        r = super().__add__(other)
        return ("Sub", r, type(r).__name__)


a, b = MyInt(4), Sub(5)
print(a.double(), type(a.double()).__name__, a + 1, type(a + 1).__name__, b + 1, b.double())
print(isinstance(b, int), isinstance(b, MyInt), isinstance(a, Sub), issubclass(Sub, int), issubclass(bool, MyInt))
print([c.__name__ for c in Sub.__mro__], Sub.__bases__, MyInt.__base__, type(b) is Sub, type(b) == Sub)
print(isinstance(a, (str, int)), isinstance(a, (float, bytes)), type(a).__name__, a.__class__.__name__)


class S(str):
    def upper(self):
        return "custom " + super().upper()


s = S("abc")
print(s.upper(), str.upper(s), S.upper(s), s.lower(), type(s).__mro__)
print(MyInt.__dict__["double"].__name__, "double" in MyInt.__dict__, "bit_length" in MyInt.__dict__, hasattr(MyInt, "bit_length"))
print(int.__add__ is MyInt.__mro__[1].__add__, MyInt.__add__ is int.__add__, Sub.double is MyInt.double)
