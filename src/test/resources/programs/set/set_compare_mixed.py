print({1, 2} == frozenset({1, 2}), {1} < frozenset({1, 2}), set() == frozenset(), {1, 1.0, True})
print({1, 2} > {1}, {1, 2} > {3}, max({4, 8, 1}), sum({1, 2, 3}))
