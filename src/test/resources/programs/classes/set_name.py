# __set_name__ is called for every attribute of a new class, in definition order, once.
class Field:
    def __init__(self, default):
        self.default = default
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, self.default)

class Model:
    a = Field(1)
    b = Field(2)
    def method(self): pass
print(Model.a.name, Model.b.owner is Model, Model().a, Model().b)
m = Model()
m.__dict__["a"] = 10
print(m.a)

class Derived(Model):
    c = Field(3)
print(Derived.c.owner.__name__, Derived.a.owner.__name__)

shared = Field(0)
class X:
    first = shared
    second = shared
print(shared.name)

class Callable:
    __set_name__ = None
try:
    class Y:
        c = Callable()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

class Recorder:
    calls = []
    def __set_name__(self, owner, name):
        Recorder.calls.append(name)
Z = type("Z", (), {"p": Recorder(), "q": Recorder()})
print(Recorder.calls)
class Meta(type):
    def __new__(m, name, bases, ns):
        print("before type.__new__")
        cls = super().__new__(m, name, bases, ns)
        print("after type.__new__")
        return cls
class W(metaclass=Meta):
    f = Field(None)
