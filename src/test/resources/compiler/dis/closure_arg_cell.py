def f(a, b):
    return lambda: a
