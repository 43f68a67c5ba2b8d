print(float(), float(3), float("3.5"), float("  -1e3 "), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(".5"), float("5."), float(True))
for bad in ("", "abc", "1.2.3", "1e", "_1"):
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float([])
except TypeError as e:
    print(e)
