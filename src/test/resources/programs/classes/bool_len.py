# __bool__ and __len__: truth testing, errors for bad results, len() rules.
class T:
    def __bool__(self): return False
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(T()), bool(L(0)), bool(L(3)), bool(Both()), len(L(4)))
print("yes" if L(2) else "no", not T(), [x for x in (L(0), L(1)) if x].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self): return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(object())
except TypeError as e:
    print("TypeError:", e)
class BoolLen:
    def __len__(self): return True
print(len(BoolLen()))
class BigLen:
    def __len__(self): return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
print(bool(object()), bool(type))
