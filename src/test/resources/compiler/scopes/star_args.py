def a(x, y, /, z, *args, k, l=1, **kw):
    m = 1
    return x, y, z, args, k, l, kw, m


def b(*, only):
    return only


def c(*args):
    pass


def d(**kw):
    pass


def e(p, /):
    pass


def f(a, b=2, /, c=3, *, d, e=5):
    pass


def g(*args, **kwargs):
    def inner():
        return args, kwargs
    return inner
