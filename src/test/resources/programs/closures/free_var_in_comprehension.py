def outer(k):
    return [k * v for v in range(4)], {v: k for v in "ab"}

print(outer(3))
def scale(factor):
    return lambda xs: [factor * x for x in xs]
print(scale(2)([1, 2, 3]))
