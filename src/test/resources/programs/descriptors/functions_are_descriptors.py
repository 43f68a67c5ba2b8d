# Functions are non-data descriptors: __get__ by hand, binding to other objects, lookup order.
def f(self, x=0):
    return (type(self).__name__, x)
class A:
    pass
a = A()
bound = f.__get__(a, A)
print(bound(1), bound.__self__ is a, bound.__func__ is f)
print(f.__get__(None, A) is f)
A.g = f
print(a.g(2), A.g(a, 3))
a.h = f
try:
    a.h(4)
except TypeError as e:
    print("TypeError:", e)
print(a.h(a, 4))
print(type(A.__dict__["g"]).__name__, type(a.g).__name__)
m = a.g
print(m(), m.__func__.__name__)
class B:
    def meth(self):
        return "B.meth"
b = B()
b.meth = lambda: "instance attribute shadows a non-data descriptor"
print(b.meth(), B.meth(b))
del b.meth
print(b.meth())
print(len.__get__ if hasattr(len, "__get__") else "builtin functions do not bind")
class C:
    length = len
print(C.length("abc"), C().length("ab") if False else "skip")
