# Instance __dict__: vars(), writing through __dict__, deleting, class vs instance attributes.
class Obj:
    shared = []
    def __init__(self):
        self.a = 1

o = Obj()
print(o.__dict__, vars(o) is o.__dict__)
o.__dict__["b"] = 2
print(o.b, sorted(o.__dict__))
o.__dict__.update(c=3)
print(o.c)
del o.a
print(hasattr(o, "a"), o.__dict__)
o.shared = "mine"
print(o.shared, Obj.shared, type(o).shared)
del o.shared
print(o.shared)
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError:", e)
o.__dict__ = {"fresh": True}
print(o.fresh, hasattr(o, "b"))
try:
    o.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
Obj.added = 42
print(o.added)
del Obj.added
print(hasattr(o, "added"))
setattr(o, "dyn", 7)
print(getattr(o, "dyn"), getattr(o, "nope", "default"))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
