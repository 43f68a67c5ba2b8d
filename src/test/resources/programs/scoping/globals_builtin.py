x = 5
g = globals()
print(g["x"], "x" in g, "__name__" in g, g["__name__"])
g["y"] = 7
print(y)
def f():
    z = 1
    return sorted(locals().items())
print(f())
