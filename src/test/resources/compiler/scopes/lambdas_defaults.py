default = 5
f = lambda x, y=default, *a, z=default + 1, **k: (x, y, a, z, k)


def make(base):
    return lambda n=base: n + base


def many():
    fs = [lambda i=i: i for i in range(3)]
    g = lambda: (lambda: fs)
    return fs, g


h = lambda: (yield)
