# Rich comparisons: reflection, NotImplemented fallback, default identity equality, errors.
class C:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("C.__eq__", self.v)
        if isinstance(other, C):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        print("C.__lt__", self.v)
        if isinstance(other, C):
            return self.v < other.v
        return NotImplemented
    __hash__ = None

print(C(1) == C(1), C(1) != C(2), C(1) < C(2), C(2) > C(1))
print(C(1) == 1, 1 == C(1))

class D(C):
    def __eq__(self, other):
        print("D.__eq__ (subclass first)")
        return True
print(C(1) == D(2))

class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), p is p)
try:
    p < Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    C(1) <= C(2)
except TypeError as e:
    print("TypeError:", e)
try:
    1 >= Plain()
except TypeError as e:
    print("TypeError:", e)

class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
print(OnlyLt(5) > OnlyLt(1))
print(max(OnlyLt(3), OnlyLt(7)), min([OnlyLt(4), OnlyLt(0)]))

class NeOnly:
    def __eq__(self, o):
        return "eq-result"
print(NeOnly() != 1, NeOnly() == 1)

class Weird:
    def __eq__(self, o):
        return [1]
print(bool(Weird() == 1), Weird() in [1], [Weird()] == [1])

def total_ordering(cls):
    # a small functools.total_ordering: fills the missing comparisons from __lt__ and __eq__
    cls.__le__ = lambda a, b: a < b or a == b
    cls.__gt__ = lambda a, b: not (a < b or a == b)
    cls.__ge__ = lambda a, b: not a < b
    return cls

@total_ordering
class Ver:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(Ver(1) <= Ver(2), Ver(3) >= Ver(2), Ver(1) > Ver(1))
print(C(1) in [C(0), C(1)])
