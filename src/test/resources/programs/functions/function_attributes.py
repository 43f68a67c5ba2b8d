def f(a, b=1, *, c=2):
    """Adds things."""
    return a + b + c
print(f.__name__, f.__qualname__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__module__)
f.custom = "attr"
print(f.custom, f.__dict__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
def g():
    pass
print(g.__doc__, g.__defaults__, g.__kwdefaults__, g.__dict__)
