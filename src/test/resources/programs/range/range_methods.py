r = range(0, 100, 7)
print(r.start, r.stop, r.step, r.count(14), r.count(15), r.index(21), len(r), r[-1])
print(range(3) == range(0, 3), range(0) == range(5, 2), range(0, 5, 2) == range(0, 6, 2), hash(range(3)) == hash(range(0, 3, 1)))
assert list(range(0, 100, 7))[-1] == 98 and range(0, 100, 7).index(98) == 14
