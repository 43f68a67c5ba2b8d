print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a", "b", "c")), dict(zip(range(3), "xyz")))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
e = enumerate("xy")
print(next(e), next(e), next(e, "done"), type(e).__name__)
