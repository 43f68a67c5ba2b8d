def f(a):
    def g():
        nonlocal a
        a += 1
        return a
    return g()
print(f(1))
def h(b):
    nonlocal b
