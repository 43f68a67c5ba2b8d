def f(a, b, c, d):
    return a + b + c + d
args = (1, 2)
kwargs = {"d": 4}
print(f(*args, 3, **kwargs))
print(f(*[1], *(2, 3), **{"d": 10}))
print(f(**{"a": "w", "b": "x"}, **{"c": "y", "d": "z"}))
print(f(*"abcd"))
print(f(*range(4)))
assert f(*(1, 2), **{"c": 3, "d": 4}) == 10
