def f(a):
    def g():
        return a
    a = 2
    return g
