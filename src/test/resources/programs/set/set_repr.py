print({1}, {(1, 2)}, set(), frozenset({3}), {frozenset()}, {None}, {1.5}, {-1, -2, -3})
s = {10, 20, 30}
print(s, sorted(s, reverse=True))
