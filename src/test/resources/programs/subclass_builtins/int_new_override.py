# __new__ overrides of int subclasses: super().__new__ and int.__new__ with the subclass.
class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)


e = Even(4)
print(e, type(e).__name__, e + 1)
try:
    Even(3)
except ValueError as exc:
    print("ValueError:", exc)


class Clamped(int):
    def __new__(cls, value, lo=0, hi=10):
        return int.__new__(cls, max(lo, min(hi, value)))

    def __init__(self, value, lo=0, hi=10):
        self.lo, self.hi = lo, hi


c = Clamped(50)
print(c, c.lo, c.hi, type(c).__name__, Clamped(-5, -2), Clamped(5, hi=3))


class Parsed(int):
    def __new__(cls, text):
        self = super().__new__(cls, text.strip(), 0)
        self.text = text
        return self


p = Parsed(" 0x1f ")
print(p, repr(p.text), p + 1)


class Plain(int):
    def __new__(cls, v):
        return int(v) * 2


r = Plain(4)
print(r, type(r).__name__)
print(int.__new__(Even, 6), type(int.__new__(Even, 6)).__name__)
try:
    int.__new__(str, 1)
except TypeError as exc:
    print("TypeError:", exc)
try:
    int.__new__(5)
except TypeError as exc:
    print("TypeError:", exc)
