# __getattribute__ patterns: access logging, attribute renaming, recursion avoided through object.
class Logged:
    def __init__(self):
        self.value = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return object.__getattribute__(self, name)
    def get(self):
        return self.value
l = Logged()
print(l.get())
print(type(l).__name__, l.__class__.__name__)

class Aliases:
    _aliases = {"colour": "color"}
    def __init__(self):
        self.color = "red"
    def __getattribute__(self, name):
        aliases = object.__getattribute__(self, "_aliases")
        return object.__getattribute__(self, aliases.get(name, name))
a = Aliases()
print(a.colour, a.color, getattr(a, "colour"), hasattr(a, "nothing"))

class Readonly:
    def __init__(self, **kw):
        object.__getattribute__(self, "__dict__").update(kw)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is read-only")
    __delattr__ = __setattr__
r = Readonly(a=1)
print(r.a)
for action in (lambda: setattr(r, "a", 2), lambda: delattr(r, "a")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)

class Counting:
    def __init__(self):
        object.__setattr__(self, "reads", 0)
    def __getattribute__(self, name):
        if name != "reads":
            object.__setattr__(self, "reads", object.__getattribute__(self, "reads") + 1)
        return super().__getattribute__(name)
    def m(self):
        return "m"
c = Counting()
c.m(); c.m(); c.__class__
print(c.reads)
