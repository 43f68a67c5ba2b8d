f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1])
print(f == g, hash(f) == hash(g), {f: "value"}[g], f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(frozenset([1, 2]) == {1, 2}, {frozenset([1]), frozenset([1])})
