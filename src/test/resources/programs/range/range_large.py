r = range(0, 10 ** 20, 3)
print(r[10 ** 18], 3 * 10 ** 18 in r, 3 * 10 ** 18 + 1 in r, r[-1], r.index(3 * 10 ** 19))
try:
    len(r)
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 64)[-1], sum(range(1, 100001)), len(range(0, 2 ** 62, 2 ** 30)))
print(range(10 ** 20)[::10 ** 19], bool(range(10 ** 30)))
