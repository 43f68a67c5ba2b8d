print(int(1e18), int(-0.9), int(2.0 ** 70))
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(float(2 ** 1023) * 1.5)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
print(1e300 * 1e300 == float("inf"))
