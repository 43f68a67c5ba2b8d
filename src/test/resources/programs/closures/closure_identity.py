def make():
    v = []
    return lambda: v

f1 = make()
f2 = make()
print(f1() is f2(), f1() is f1(), f1.__code__ is f2.__code__)
print(f1.__closure__[0] is f2.__closure__[0])
f1().append(1)
print(f1(), f2())
