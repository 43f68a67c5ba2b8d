len = lambda s: "shadowed"
def f():
    return len("abc")
print(f())
del len
print(f())
def g():
    len = lambda s: "local"
    return len("abc")
print(g())
