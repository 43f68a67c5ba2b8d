# A metaclass's __new__ and __init__ run for the class statement; type(cls), class keywords.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = "Meta"
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

class A(metaclass=Meta):
    x = 1
    def f(self): pass
print(type(A).__name__, A.created_by, isinstance(A, Meta), isinstance(A, type))

class B(A, flag=True):
    pass
print(type(B) is Meta, B.created_by, B.x)

class Counted(type):
    count = 0
    def __call__(cls, *args, **kw):
        Counted.count += 1
        print("creating", cls.__name__, args, kw)
        return super().__call__(*args, **kw)
class P(metaclass=Counted):
    def __init__(self, v=0):
        self.v = v
p = P(5)
q = P(v=6)
print(p.v, q.v, Counted.count, type(p).__name__)

class NoInitCall(type):
    def __call__(cls, *a):
        return "not an instance"
class Odd(metaclass=NoInitCall):
    pass
print(Odd(), type(Odd).__name__)

class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return 42
class Weird(metaclass=ReturnsOther):
    pass
print(Weird)

def func_meta(name, bases, ns, **kw):
    print("function metaclass", name, kw)
    return type(name, bases, ns)
class FromFunc(metaclass=func_meta, extra=1):
    y = 2
print(FromFunc.__name__, FromFunc.y, type(FromFunc).__name__)
print(Meta.__mro__[1:] == (type, object), type(Meta) is type)
