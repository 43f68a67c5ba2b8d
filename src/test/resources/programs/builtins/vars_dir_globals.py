x = 1
def f():
    pass
names = dir()
print("x" in names, "f" in names, "__name__" in names, sorted([n for n in names if not n.startswith("__")]))
print(vars()["x"], "upper" in dir("s"), "append" in dir([]), "__len__" in dir({}))
f.attr = 3
print(vars(f))
