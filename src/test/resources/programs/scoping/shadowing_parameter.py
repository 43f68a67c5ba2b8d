def f(x):
    def g(x):
        return x * 2
    return g(x + 1), x
print(f(10))
def h(x, y=None):
    y = x if y is None else y
    return x, y
print(h(1), h(1, 2))
