def f():
    return
def g():
    return 1
def h(x):
    return x + 1
