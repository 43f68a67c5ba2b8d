def f(a=lambda: 1):
    pass
