xs = [3, 1, 4, 1, 5]
print(xs, len(xs), xs[0], xs[-1], xs[1:3], xs[::-1], xs + [9], xs * 2, 4 in xs, xs.count(1), xs.index(4))
print([] == [], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0], list("abc"), list(range(3)), list())
