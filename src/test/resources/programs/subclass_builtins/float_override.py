# Dunders a float subclass defines win over float's.
class Approx(float):
    def __eq__(self, other):
        return abs(self - other) < 1e-6

    def __hash__(self):
        return hash(round(self, 6))

    def __add__(self, other):
        return Approx(float(self) + float(other))

    __radd__ = __add__

    def __round__(self, n=None):
        return "rounded"

    def __bool__(self):
        return False


a = Approx(0.1) + 0.2
print(a, type(a).__name__, a == 0.3, 0.3 == a, 0.1 + Approx(0.2) == 0.3, round(a), round(a, 2), bool(a))
print(a * 2, type(a * 2).__name__, a != 0.3, sum([Approx(0.1)] * 3, Approx(0)) == 0.3)


class Money(float):
    def __format__(self, spec):
        return "$" + format(float(self), spec or ".2f")

    def __str__(self):
        return format(self)


m = Money(3.14159)
print(m, f"{m}", f"{m:.1f}", "{}".format(m), str(m), repr(m), "%s %.3f" % (m, m))
