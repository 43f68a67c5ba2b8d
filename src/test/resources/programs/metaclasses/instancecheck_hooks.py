# __instancecheck__/__subclasscheck__ only count on the metaclass; defined on the class itself they are ignored.
class Plain:
    def __instancecheck__(self, inst):
        return True
    @classmethod
    def __subclasscheck__(cls, sub):
        return True
print(isinstance(1, Plain), issubclass(int, Plain))
class Meta(type):
    calls = []
    def __instancecheck__(cls, inst):
        Meta.calls.append(("inst", cls.__name__))
        return type.__instancecheck__(cls, inst)
    def __subclasscheck__(cls, sub):
        Meta.calls.append(("sub", cls.__name__))
        return type.__subclasscheck__(cls, sub)
class A(metaclass=Meta): pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(1, A), issubclass(B, A), issubclass(int, A))
print(isinstance(b, B), Meta.calls)
print(type.__instancecheck__(A, b), type.__subclasscheck__(A, B), type.__subclasscheck__(B, A))
class Even(type):
    def __instancecheck__(cls, x):
        return isinstance(x, int) and x % 2 == 0
class EvenNumber(metaclass=Even):
    pass
print([x for x in range(7) if isinstance(x, EvenNumber)], isinstance(3, (str, EvenNumber)), isinstance(4, (str, EvenNumber)))
class Raising(type):
    def __instancecheck__(cls, x):
        raise ValueError("no checks here")
class R(metaclass=Raising):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(R(), R))
class Truthy(type):
    def __subclasscheck__(cls, sub):
        return "yes"
class T(metaclass=Truthy):
    pass
print(issubclass(int, T))
try:
    issubclass(1, T)
except TypeError as e:
    print("TypeError:", e)
else:
    print("no error: __subclasscheck__ decides")
