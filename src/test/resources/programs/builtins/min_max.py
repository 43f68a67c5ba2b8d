print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([], default="empty"))
print(max(["aa", "b", "ccc"], key=len), min([(1, "b"), (1, "a")]), max(1, 2.5, True), min([[2], [1, 9]]))
for call in (lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, 2, key=None, bogus=1), lambda: max([1], [2], default=0)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
assert min([3, 1]) == 1 and max("abc") == "c" and max([], default=None) is None
