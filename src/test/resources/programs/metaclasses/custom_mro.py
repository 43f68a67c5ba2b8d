# A metaclass that overrides mro(): the class's __mro__ and attribute lookup follow it.
class ReverseMeta(type):
    def mro(cls):
        order = super().mro()
        print("mro() called for", cls.__name__)
        if cls.__name__ == "C":
            return [order[0], order[2], order[1], *order[3:]]
        return order
class A(metaclass=ReverseMeta):
    def who(self): return "A"
class B(metaclass=ReverseMeta):
    def who(self): return "B"
class C(A, B):
    pass
print([k.__name__ for k in C.__mro__], C().who(), C.mro() if False else "")
class Skip(type):
    def mro(cls):
        return [cls, object]
class Base:
    attr = "from Base"
class D(Base, metaclass=Skip):
    pass
print([k.__name__ for k in D.__mro__], hasattr(D, "attr"), issubclass(D, Base), isinstance(D(), Base))
class Bad(type):
    def mro(cls):
        return [cls, 1]
try:
    class E(metaclass=Bad):
        pass
except TypeError as e:
    print("TypeError:", e)
