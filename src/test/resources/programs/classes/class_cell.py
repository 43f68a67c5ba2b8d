# The __class__ cell: co_cellvars/co_freevars, zero-argument super(), __classcell__.
class A:
    def uses_super(self):
        return super().__repr__.__name__
    def uses_class(self):
        return __class__
    def plain(self):
        return 1

body_code = None
print(A.uses_super.__code__.co_freevars, A.uses_class.__code__.co_freevars, A.plain.__code__.co_freevars)
print(A().uses_class() is A, A().uses_super())
print(A.uses_super.__closure__[0].cell_contents is A)

class B(A):
    pass
print(B().uses_class() is A)

def make():
    class Local:
        def who(self):
            return __class__.__name__
    return Local
print(make()().who())

captured = []
class Meta(type):
    def __new__(m, name, bases, ns):
        captured.append("__classcell__" in ns)
        return super().__new__(m, name, bases, ns)
class C(metaclass=Meta):
    def f(self):
        return __class__
class D(metaclass=Meta):
    def f(self):
        return 1
print(captured, C().f() is C)

class Dropper(type):
    def __new__(m, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(m, name, bases, ns)
try:
    class E(metaclass=Dropper):
        def f(self):
            return __class__
except RuntimeError as e:
    print("RuntimeError:", e)

class Swapper(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, dict(ns))
class F(metaclass=Swapper):
    def f(self):
        return super().__class__
print(F().f() is F)
