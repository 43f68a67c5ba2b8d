def f(a):
    for i in a:
        return i
