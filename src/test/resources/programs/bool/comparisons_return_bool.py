print(type(1 < 2).__name__, 1 < 2, "a" < "b", [1] < [2], (1, 2) == (1, 2), {1} < {1, 2})
print(None is None, "x" in "xyz", 3 not in [1, 2])
print(all([]), any([]), all([1, 0]), any([0, 0.0, "x"]))
