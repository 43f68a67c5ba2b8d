def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
print(type(f()).__name__)
def g(first, *rest):
    return first, rest
print(g(1, 2, 3), g("only"))
