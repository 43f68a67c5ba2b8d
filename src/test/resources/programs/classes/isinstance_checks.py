# isinstance/issubclass: tuples, __instancecheck__/__subclasscheck__ on metaclasses, errors.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Robot:
    def quack(self): pass
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
print(isinstance(1, (str, Duck)), isinstance("s", (str, Duck)))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (int, (str, A))), issubclass(A, A))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, 1)
except TypeError as e:
    print("TypeError:", e)
class AnyMeta(type):
    def __instancecheck__(cls, obj):
        return True
class Anything(metaclass=AnyMeta):
    pass
print(isinstance(None, Anything), isinstance(3, (Anything,)))
class FakeClass:
    @property
    def __class__(self):
        return int
f = FakeClass()
print(isinstance(f, int), type(f).__name__, f.__class__)
print(isinstance(True, int), issubclass(bool, (int,)), isinstance(int, type), isinstance(type, object))
