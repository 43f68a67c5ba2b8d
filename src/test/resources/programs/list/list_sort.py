xs = [5, 2, 9, 1, 5, 6]
xs.sort(); print(xs)
xs.sort(reverse=True); print(xs)
words = ["banana", "Apple", "cherry", "date"]
words.sort(key=str.lower); print(words)
words.sort(key=len); print(words)
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(xs.sort() is None)
assert sorted([3, 1, 2]) == [1, 2, 3] and sorted(pairs)[0] == (1, "a")
