# Calling type.__new__ and type.__init__ directly, and metaclasses that return existing classes.
class M(type):
    pass
A = type.__new__(M, "A", (), {"v": 1})
type.__init__(A, "A", (), {"v": 1})
print(type(A).__name__, A.v, A.__name__)
B = M("B", (A,), {})
print(B.v, B.__mro__ == (B, A, object))
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(A, "A", (), {}, extra=1)
    print("type.__init__ ignores keywords with 3 arguments")
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(A, 1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
existing = {}
class Interning(type):
    def __new__(mcls, name, bases, ns):
        if name in existing:
            return existing[name]
        cls = super().__new__(mcls, name, bases, ns)
        existing[name] = cls
        return cls
class Same(metaclass=Interning):
    version = 1
first = Same
class Same(metaclass=Interning):
    version = 2
print(Same is first, Same.version)
T = type("T", (), {})
print(type(T) is type, T.__mro__ == (T, object), type(T()).__name__)
