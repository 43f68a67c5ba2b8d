# __hash__ and __eq__ interplay: default hash, __eq__ without __hash__, __hash__ = None, inheritance.
class Default:
    pass
d = Default()
print(hash(d) == hash(d), {d: 1}[d], Default.__hash__ is object.__hash__)

class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

class Both:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, Both) and self.k == o.k
    def __hash__(self): return hash(self.k)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, {Both("a"): 1}[Both("a")])

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)

class Child(Both):
    pass
print(hash(Child(5)) == hash(5))

class ChildEq(Both):
    def __eq__(self, o): return False
print(ChildEq.__hash__)

class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class Restore(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Restore())).__name__)
print(EqOnly.__dict__["__hash__"], "__hash__" in Both.__dict__)
