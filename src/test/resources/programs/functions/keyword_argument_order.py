def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
def g(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(kw)
print(g(1, 2, 3))
print(g(1, 2, sep="+", end="!"))
