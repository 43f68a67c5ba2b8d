def outer(a, b):
    c = a + b
    def middle(d):
        e = d * c
        def inner(f):
            return a + c + e + f
        return inner
    def unused():
        return b
    return middle


def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc


def shadow(x):
    def g():
        x = 1
        def h():
            return x
        return h
    return g


def param_cells(p0, p1, /, p2, *rest, k1, k2=3, **kw):
    def use():
        return p1, k2, kw, rest, late
    late = 1
    return use
