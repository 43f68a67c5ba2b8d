def f(True):
    pass
