def f(**kwargs):
    return kwargs
print(f(), f(a=1, b=2))
def g(a, **kw):
    return a, sorted(kw.items())
print(g(1, z=26, y=25))
print(g(a=0, b=1))
