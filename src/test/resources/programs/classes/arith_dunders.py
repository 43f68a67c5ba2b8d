# Every binary operator dunder, reflected forms, in-place forms and NotImplemented.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v!r})"

ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
for name in ops:
    def fwd(self, other, name=name):
        if isinstance(other, V):
            return V(f"{self.v}.{name}({other.v})")
        if isinstance(other, int):
            return V(f"{self.v}.{name}[{other}]")
        return NotImplemented
    def ref(self, other, name=name):
        return V(f"r{name}({other},{self.v})")
    setattr(V, f"__{name}__", fwd)
    setattr(V, f"__r{name}__", ref)

a, b = V("a"), V("b")
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> b, a & b, a | b, a ^ b, a @ b)
print(1 + a, 2 - a, 3 * a, 4 / a, 5 // a, 6 % a, 7 ** a, 8 << a, 9 >> a, 10 & a, 11 | a, 12 ^ a)
print(a + 1, a ** 2)
print(divmod.__name__)

class Plain:
    pass
try:
    Plain() + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    a + "s"
except TypeError as e:
    print("TypeError:", e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __add__(self, x):
        return "plain add"
    def __imul__(self, n):
        return NotImplemented
    def __mul__(self, n):
        return "mul fallback"
acc = Acc()
before = acc
acc += 1
acc += 2
print(acc is before, acc.items)
acc *= 3
print(acc)

x = V("x")
x += V("y")
print(x)
x **= 2
print(x)

class Unary:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = Unary()
print(-u, +u, ~u, abs(u))
try:
    -Plain()
except TypeError as e:
    print("TypeError:", e)

class DM:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(divmod(DM(), 1), divmod(1, DM()))

class Sub(V):
    def __radd__(self, other):
        return "Sub.__radd__ wins"
print(V("p") + Sub("q"))
