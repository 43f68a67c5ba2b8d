xs = [1, 2]
ys = (3, 4)
print([*xs, *ys], (*xs, 0), {*xs, *ys}, {**{"a": 1}, "b": 2}, [*"ab", *range(2)])
print(*xs, *ys)
print(*[], sep="-")
head, *tail = [*xs, *ys]
print(head, tail)
