def f(a, b):
    return a / b   


def g(x):
    y = [1, 2]
    return y[x] + f(1,
        0)


def h():
    return g(0)


h()
