# Metaclasses are inherited: subclasses get the base's metaclass; metaclass methods and super() chains.
class LoggingMeta(type):
    def __new__(mcls, name, bases, ns):
        print(f"{mcls.__name__} creates {name}")
        return super().__new__(mcls, name, bases, ns)
class VerboseMeta(LoggingMeta):
    def __new__(mcls, name, bases, ns):
        print("VerboseMeta sees", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=LoggingMeta):
    a = 1
class B(A):
    b = 2
class C(B, metaclass=VerboseMeta):
    c = 3
class D(C):
    pass
print([type(k).__name__ for k in (A, B, C, D)])
print(isinstance(D, LoggingMeta), issubclass(VerboseMeta, LoggingMeta), D.a + D.b + D.c)
class Base: pass
class E(Base, A):
    pass
print(type(E).__name__)
class MetaWithClassmethod(type):
    @classmethod
    def create(mcls, name):
        return mcls(name, (), {"made": True})
    @staticmethod
    def helper():
        return "static on meta"
X = MetaWithClassmethod.create("X")
print(X.__name__, X.made, type(X).__name__, MetaWithClassmethod.helper(), X.helper())
