def f():
    class C:
        y = x
    return C
