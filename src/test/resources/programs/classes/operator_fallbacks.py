# Operator dispatch corner cases: subclass reflected priority, NotImplemented everywhere, in-place fallbacks, errors.
class Base:
    def __init__(self, name): self.name = name
    def __add__(self, o):
        return f"{self.name}.__add__"
    def __radd__(self, o):
        return f"{self.name}.__radd__"
    def __lt__(self, o):
        return f"{self.name}.__lt__"
    def __gt__(self, o):
        return f"{self.name}.__gt__"
class Derived(Base):
    def __radd__(self, o):
        return f"{self.name}.__radd__ (subclass first)"
    def __gt__(self, o):
        return f"{self.name}.__gt__ (reflected subclass first)"
b, d = Base("b"), Derived("d")
print(b + d, d + b, b + b)
print(b < d, d < b, b > d)
class Inherits(Base):
    pass
i = Inherits("i")
print(b + i, i + b)
class Never:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
    def __iadd__(self, o): return NotImplemented
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
n = Never()
for expr in ("n + n", "n + 1", "1 + n", "n < n", "n < 1"):
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", e)
try:
    n += 1
except TypeError as e:
    print("n += 1 ->", e)
print(n == n, n == 1, n != n)
class OnlyAdd:
    def __add__(self, o):
        return "add used for +="
x = OnlyAdd()
x += 1
print(x)
class Str:
    def __radd__(self, o):
        return "Str.__radd__ with " + repr(o)
    def __rmul__(self, o):
        return "Str.__rmul__ with " + repr(o)
print("text" + Str(), 3 * Str(), [1] * 2, Str.__dict__.get("__mul__"))
class Pow:
    def __pow__(self, o, mod=None):
        return ("pow", o, mod)
    def __rpow__(self, o, mod=None):
        return ("rpow", o, mod)
print(Pow() ** 2, 2 ** Pow(), pow(Pow(), 3, 5))
try:
    pow(2, Pow(), 5)
except TypeError as e:
    print("TypeError:", e)
class MatMul:
    def __matmul__(self, o): return "@"
    def __rmatmul__(self, o): return "r@"
    def __imatmul__(self, o): return "@="
m = MatMul()
print(m @ 1, 1 @ m)
m @= 2
print(m)
