r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], 5 in r, 10 in r)
print(range(1, 10, 3), list(range(1, 10, 3)), list(range(10, 0, -2)), list(range(0)), list(range(5, 2)))
