def make():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]
good, late = make()
print([f(10) for f in good], [f(10) for f in late])
def outer():
    k = 5
    return [(lambda: k * i)() for i in range(3)]
print(outer())
