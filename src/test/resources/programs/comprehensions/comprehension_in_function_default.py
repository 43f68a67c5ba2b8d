def f(xs=[i * 2 for i in range(3)]):
    return xs
print(f(), f() is f(), f.__defaults__)
def g(n):
    return {i: [j for j in range(i)] for i in range(n)}
print(g(4))
