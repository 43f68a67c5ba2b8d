def f(a=[]):
    def g(b=a):
        return b
    return g
