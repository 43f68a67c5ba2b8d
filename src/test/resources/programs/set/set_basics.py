s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s, sorted(s), set(), set([1, 1, 2]), set(range(5)))
print(type(s).__name__, {1, 2} == {2, 1}, frozenset([1, 2]), frozenset(), type(frozenset()).__name__)
