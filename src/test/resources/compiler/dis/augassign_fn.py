def f(x):
    x //= 2
    return x
