print(abs(-3), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 70))
print(round(3.14159, 2), round(2.5), round(-1.5), round(15, -1), round(25, -1), round(1.23456e10, -5))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, -2), pow(2, 5), pow(2, 5, 3), pow(2.0, 3), pow(-8, 1 / 3) == (-8) ** (1 / 3))
for bad in (lambda: abs("x"), lambda: round("x"), lambda: divmod(1, "a"), lambda: pow(2, 3.0, 5)):
    try:
        bad()
    except TypeError as e:
        print(e)
