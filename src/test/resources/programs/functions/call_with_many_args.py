def f(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())
print(f(*range(1000), **{"k%d" % i: i for i in range(300)}))
def g(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(g(*range(10)))
