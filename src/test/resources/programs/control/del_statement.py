a = 1
b = [1, 2, 3, 4]
c = {"k": 1, "j": 2}
del a
del b[0], b[-1]
del c["k"]
print(b, c)
try:
    print(a)
except NameError as e:
    print(e)
x, y = 1, 2
del x, y
print("x" in dir(), "y" in dir())
