# __new__ and __init__: the excess-argument rules of object, returning other objects, singletons.
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a):
        o = super().__new__(cls)
        o.a = a
        return o
print(OnlyNew(2).a)
class NewPassesArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    NewPassesArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitPassesArgs:
    def __init__(self, a):
        super().__init__(a)
try:
    InitPassesArgs(1)
except TypeError as e:
    print("TypeError:", e)
class ReturnsInt:
    def __new__(cls):
        return 7
    def __init__(self):
        print("never printed")
print(ReturnsInt())
class Other:
    def __init__(self):
        print("Other.__init__ not called via Factory")
class Factory:
    def __new__(cls):
        return Other.__new__(Other)
    def __init__(self):
        print("Factory.__init__ not called either")
print(type(Factory()).__name__)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
x, y = Single(1), Single(2)
print(x is y, x.v)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
print(type(object.__new__(OnlyInit)).__name__)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object()
    object(1)
except TypeError as e:
    print("TypeError:", e)
class Sub(OnlyNew):
    def __init__(self, a):
        print("Sub.__init__", a, self.a)
Sub(9)
class KwNew:
    def __new__(cls, *, key):
        inst = super().__new__(cls)
        inst.key = key
        return inst
print(KwNew(key="k").key)
print(type(OnlyNew.__dict__["__new__"]).__name__)
