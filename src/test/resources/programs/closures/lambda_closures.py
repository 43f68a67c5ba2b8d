compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
h = compose(inc, dbl)
print(h(5), compose(dbl, inc)(5))
print(h.__name__, h.__qualname__)
print(h.__code__.co_freevars)
