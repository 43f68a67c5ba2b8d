def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2))
print(f(1, 2, 4))
print(f(1, c=5, b=6))
print(f(c=7, b=8, a=9))
assert f(*[1, 2]) == (1, 2, 3)
