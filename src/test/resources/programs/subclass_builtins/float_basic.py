# A Python subclass of float behaves as its value; arithmetic gives plain floats.
class F(float):
    pass


f = F(2.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), F(), F("1e3"), F(7), F(" -0.5 "), F("inf"), F("nan"))
for r in (f + 1, 1 + f, f - F(0.5), f * 2, f / 2, f // 2, f % 2, f ** 2, -f, +f, abs(F(-1.5)), 2 ** f):
    print(r, type(r).__name__)
print(f == 2.5, 2.5 == f, f < 3, f > F(1), f == F(2.5), hash(f) == hash(2.5), hash(F(3.0)) == hash(3))
print({f: "x"}[2.5], {2.5: "y"}[f], f in {2.5}, sorted([F(3.5), 1, f, 2.0]), max(f, 2), min([F(9.0), 8.5]))
print(int(f), type(int(f)).__name__, float(f), type(float(f)).__name__, str(f), bool(F(0.0)), bool(f), complex(f))
print(round(f), round(F(2.567), 2), type(round(F(2.567), 2)).__name__, divmod(f, 1), f.is_integer(), F(4.0).is_integer())
print(f.as_integer_ratio(), f.hex(), f.real, f.imag, f.conjugate(), type(f.conjugate()).__name__, F.fromhex("0x1p1"))
print(type(F.fromhex("0x1p1")).__name__, f"{f:.3f}", f"{f:>8}", "%.2f|%s|%r|%e" % (f, f, f, f), format(f, "%"))
print(f.__floor__(), f.__ceil__(), f.__trunc__(), F("nan") != F("nan"), F("inf") > 1e308)
