# A Python subclass of complex behaves as its value.
class C(complex):
    pass


c = C(1, 2)
print(c, repr(c), type(c).__name__, isinstance(c, complex), C(), C(3), C("1-1j"), C(1.5, -2), C(c), type(C(c)).__name__)
for r in (c + 1, 1 + c, c * c, c - C(1, 1), c / 2, -c, +c, c ** 2, c.conjugate()):
    print(r, type(r).__name__)
print(abs(C(3, 4)), c.real, c.imag, c == complex(1, 2), complex(1, 2) == c, c == 1 + 2j, C(2) == 2, hash(C(2)) == hash(2))
print({c: "c"}[1 + 2j], complex(c), type(complex(c)).__name__, bool(C(0)), bool(c), f"{c}", f"{c:.1f}", str(c), format(c, ">10"))


class Vec(complex):
    def __new__(cls, x, y):
        return super().__new__(cls, x, y)

    def __repr__(self):
        return f"Vec({self.real:g}, {self.imag:g})"

    def __add__(self, other):
        return Vec(self.real + other.real, self.imag + other.imag)

    @property
    def length(self):
        return abs(self)


v = Vec(3, 4) + Vec(1, 1)
print(repr(v), v.length, type(v).__name__, v * 1, type(v * 1).__name__)
