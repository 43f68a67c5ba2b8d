def f():
    x: int = 1
    return x
