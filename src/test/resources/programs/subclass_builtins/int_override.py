# Dunders a subclass defines win over int's; the rest are int's.
class Mod7(int):
    def __add__(self, other):
        return Mod7((int(self) + int(other)) % 7)

    __radd__ = __add__

    def __repr__(self):
        return f"Mod7({int(self)})"

    def __str__(self):
        return f"{int(self)} (mod 7)"


m = Mod7(5)
print(m + 4, repr(m + 4), 4 + m, type(4 + m).__name__, m * 2, type(m * 2).__name__)
print(str(m), repr(m), f"{m}", f"{m!r}", "%s" % m, "%r" % (m,), [m], (m,), {m: m})
print(m - 1, type(m - 1).__name__)


class Truthy(int):
    def __bool__(self):
        return True


print(bool(Truthy(0)), "yes" if Truthy(0) else "no", not Truthy(0))


class Neg(int):
    def __neg__(self):
        return "negated"

    def __lt__(self, other):
        return "custom lt"

    def __abs__(self):
        return 42


print(-Neg(3), Neg(3) < 1, abs(Neg(-1)), Neg(3) > 1)


class Sub(int):
    def __sub__(self, other):
        return "Sub.__sub__"

    def __rsub__(self, other):
        return "Sub.__rsub__"


print(Sub(1) - 1, 1 - Sub(1), Sub(1) - Sub(2))
