# Descriptors written in Python: data vs non-data, precedence over the instance dict, __set_name__.
class NonData:
    def __get__(self, inst, owner):
        return ("nondata", inst is None, owner.__name__)
class Data:
    def __init__(self):
        self.store = {}
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return self.store.get(id(inst), "unset")
    def __set__(self, inst, value):
        print("set", self.name, value)
        self.store[id(inst)] = value
    def __delete__(self, inst):
        print("delete", self.name)
        self.store.pop(id(inst), None)

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
print(c.d)
c.d = 5
c.__dict__["d"] = "ignored: data descriptor wins"
print(c.d, C.d.name, isinstance(C.__dict__["d"], Data))
del c.d
print(c.d)

class SetOnly:
    def __set__(self, inst, v):
        print("SetOnly.__set__", v)
class H:
    s = SetOnly()
h = H()
h.s = 1
print(type(h.s).__name__)
h.__dict__["s"] = "dict"
print(type(h.s).__name__)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.attr = "_" + name
    def __get__(self, inst, owner):
        return self if inst is None else getattr(inst, self.attr)
    def __set__(self, inst, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"{self.attr[1:]} must be {self.kind.__name__}")
        setattr(inst, self.attr, v)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)

class Meth:
    def __get__(self, inst, owner):
        return lambda: ("bound by hand", inst is not None)
class UsesMeth:
    m = Meth()
print(UsesMeth().m(), UsesMeth.m())
class LateSetName:
    pass
d2 = Data()
LateSetName.x = d2
print(hasattr(d2, "name"))
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Fails:
        attr = BadSetName()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
