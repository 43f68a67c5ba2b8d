print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(range(101)), sum([], 5), sum([True, True]))
print(any([]), all([]), any([0, None, 3]), all([1, "x", [0]]), all([1, 0]), any("") )
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
print(sum([1, 2], start=100))
assert sum([1, 2, 3], 4) == 10 and not any([]) and all([])
