print([x * x for x in range(6)], [c.upper() for c in "abc"], [x for x in range(20) if x % 3 == 0 if x % 2])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print([x if x % 2 else -x for x in range(6)], [len(w) for w in "the quick brown fox".split()])
assert [x * x for x in range(4)] == [0, 1, 4, 9] and [y for x in [[1], [2, 3]] for y in x] == [1, 2, 3]
