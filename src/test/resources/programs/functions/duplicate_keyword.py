def f(**kw):
    return kw
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)
def g(a):
    return a
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(e)
