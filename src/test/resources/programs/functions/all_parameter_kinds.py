def f(p1, p2=2, /, n1=3, *args, k1, k2=20, **kwargs):
    return p1, p2, n1, args, k1, k2, kwargs
print(f(1, k1=10))
print(f(1, 2, 3, 4, 5, k1=10, extra=1))
print(f.__defaults__, f.__kwdefaults__)
c = f.__code__
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_varnames)
assert f(0, k1=1)[:3] == (0, 2, 3) and f.__kwdefaults__ == {"k2": 20}
