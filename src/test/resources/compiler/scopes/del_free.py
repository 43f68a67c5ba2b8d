def f():
    x = 1
    def g():
        nonlocal x
        del x
    def h():
        return x
    del x
    return g, h


def local_del():
    y = 2
    del y


def del_targets(obj):
    del obj.attr, obj[0], (a, b)
