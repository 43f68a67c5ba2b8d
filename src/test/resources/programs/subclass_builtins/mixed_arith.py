# Operators across subclasses of different number types, and against the base types.
class I(int):
    pass


class F(float):
    pass


class C(complex):
    pass


values = [I(3), F(1.5), C(1, 1), 2, 0.5, 1j, True]
for a in values:
    row = []
    for b in values:
        r = a + b
        row.append(f"{r!r}:{type(r).__name__}")
    print(" ".join(row))
print(I(7) // F(2.0), I(7) % F(2.0), divmod(I(7), F(2.0)), F(2.0) ** I(3), I(2) ** F(0.5), I(2) ** -1, pow(I(2), I(10), I(7)))
print(I(3) == F(3.0), F(3.0) == I(3), I(1) == C(1), C(1) == I(1), I(1) < F(1.5), F(0.5) < I(1), I(3) == True)
print(sorted([F(2.5), I(1), 2, F(0.5), I(3)]), max(I(1), F(1.5)), min(F(9), I(8)), sum([I(1), F(0.5), C(0, 1)]))
print(I(6) & I(3), I(6) | 1, I(6) ^ True, True + I(1), type(True + I(1)).__name__, I(1) << I(3), ~I(0))
print(abs(I(-2)), abs(F(-2.5)), abs(C(-3, -4)), round(F(2.675), 2), round(I(1234), -2), type(round(I(1234), -2)).__name__)
x = I(5)
x -= F(0.5)
y = F(2.0)
y *= I(3)
print(x, type(x).__name__, y, type(y).__name__)
