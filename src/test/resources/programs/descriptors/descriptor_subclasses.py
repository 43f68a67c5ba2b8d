# Subclasses of property, classmethod and staticmethod: overridden __get__, extra attributes, super().__init__.
class LoudProperty(property):
    def __get__(self, inst, owner=None):
        if inst is not None:
            print("LoudProperty.__get__", self.fget.__name__)
        return super().__get__(inst, owner)
class C:
    def __init__(self):
        self._x = 1
    @LoudProperty
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v
c = C()
print(c.x, type(C.__dict__["x"]).__name__)
c.x = 7
print(c.x, isinstance(C.x, property), type(C.x).__mro__[1].__name__)

class Tagged(property):
    def __init__(self, fget, tag):
        super().__init__(fget)
        self.tag = tag
class D:
    v = Tagged(lambda self: "value", "my-tag")
print(D().v, D.v.tag, D.v.fset)

class MyCM(classmethod):
    pass
class MySM(staticmethod):
    pass
class E:
    @MyCM
    def f(cls):
        return "cls=" + cls.__name__
    @MySM
    def g():
        return "static"
print(E.f(), E().f(), E.g(), E().g(), type(E.__dict__["f"]).__name__, isinstance(E.__dict__["g"], staticmethod))

def abstract(f):
    f.__isabstractmethod__ = True
    return f
print(property(abstract(lambda s: 0)).__isabstractmethod__, property(lambda s: 0).__isabstractmethod__)
class Counting(property):
    reads = 0
    def __get__(self, inst, owner=None):
        Counting.reads += 1
        return super().__get__(inst, owner)
class F:
    p = Counting(lambda self: 42)
f = F()
print(f.p + f.p, Counting.reads, F.p is F.__dict__["p"])
