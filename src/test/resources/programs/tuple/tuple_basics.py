t = (1, "two", 3.0, None)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t + (5,), t * 2, "two" in t, t.count(1), t.index(3.0))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), type(()).__name__, (1) == 1, (1,) == 1)
