def f(a=1, b=2):
    return a, b
f.__defaults__ = (10, 20)
print(f())
f.__defaults__ = (30,)
print(f(0))
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(e)
def k(*, x=1):
    return x
k.__kwdefaults__ = {"x": 99}
print(k())
