# __delete__ on data descriptors, del on properties without deleters, del of class attributes and slots.
class Tracked:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get("_" + self.name, "<unset>")
    def __set__(self, inst, v):
        inst.__dict__["_" + self.name] = v
    def __delete__(self, inst):
        print("__delete__", self.name)
        inst.__dict__.pop("_" + self.name, None)
class C:
    t = Tracked()
    @property
    def ro(self):
        return "read only"
c = C()
c.t = 5
print(c.t)
del c.t
print(c.t)
del c.t
try:
    del c.ro
except AttributeError as e:
    print("AttributeError:", e)
class GetSetOnly:
    def __get__(self, i, o): return "g"
    def __set__(self, i, v): print("set", v)
class D:
    x = GetSetOnly()
d = D()
try:
    del d.x
except AttributeError as e:
    print("AttributeError:", e)
class DelOnly:
    def __get__(self, i, o): return "g2"
    def __delete__(self, i): print("DelOnly.__delete__")
class E:
    y = DelOnly()
e = E()
del e.y
try:
    e.y = 1
except AttributeError as err:
    print("AttributeError:", err)
del E.y
print(hasattr(E, "y"), hasattr(e, "y"))
