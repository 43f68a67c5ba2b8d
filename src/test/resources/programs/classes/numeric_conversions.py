# Numeric conversion dunders: __index__, __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__.
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __int__(self): return int(self.v) + 1000
    def __float__(self): return float(self.v) + 0.5
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 2), n.__trunc__(), n.__floor__(), n.__ceil__())
print([10, 20, 30, 40][Num(1)], "abcdef"[Num(1):Num(4)], bin(Num(5)), hex(Num(255)), range(Num(3))[-1])
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "float needs __float__", [0] * OnlyIndex() == [0] * 7)
try:
    float(OnlyIndex())
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][object()]
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(Num(1)), divmod(Num(7), 2) if hasattr(Num, "__divmod__") else "no divmod")
