# Subclassing type: instances of the metaclass are classes; type's attributes and methods on them.
class M(type):
    pass
A = M("A", (), {"x": 1})
print(type(A) is M, isinstance(A, type), A.x, A.__name__, A.__mro__ == (A, object))
class B(A):
    pass
print(type(B).__name__, B.x, B.__bases__ == (A,), B.__subclasses__(), [c.__name__ for c in A.__subclasses__()])
print(type.__name__, type.__qualname__, type(object).__name__, type.__base__ is object)
print(M.__base__ is type, M.__mro__ == (M, type, object), type.mro(M) == [M, type, object])
print(isinstance(M, type), issubclass(M, type), issubclass(type, M))
class Tracker(type):
    created = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Tracker.created.append(name)
class T1(metaclass=Tracker): pass
class T2(T1): pass
print(Tracker.created)
try:
    type.__init__(T1, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(M)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(1, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
X = type.__new__(M, "X", (), {})
print(type(X).__name__, X.__name__)
print(type(3) is int, type.__call__(type, 3) is int)
class DocMeta(type):
    pass
class Doc(metaclass=DocMeta):
    """documented"""
print(Doc.__doc__, DocMeta.__doc__)
