# __getattr__ vs __getattribute__, __setattr__, __delattr__, object.__getattribute__ delegation.
class Lazy:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("x"):
            return name * 2
        raise AttributeError(f"no {name}")
l = Lazy()
print(l.real, l.xy)
print(getattr(l, "zz", "default"), hasattr(l, "qq"))
try:
    l.missing
except AttributeError as e:
    print("AttributeError:", e)

class Spy:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "method ran"
s = Spy()
print(s.a, s.secret, s.method())
try:
    s.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "rescued " + name
print(Both().boom, Both().other)

class Guard:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name.startswith("_"):
            raise AttributeError("private")
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
g = Guard()
g.v = 21
print(g.v)
try:
    g._p = 1
except AttributeError as e:
    print("AttributeError:", e)
del g.v
print(hasattr(g, "v"))
setattr(g, "w", 1)
print(g.w)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
t = Target()
pr = Proxy(t)
pr.color = "red"
print(t.color, pr.color, list(vars(pr)))
print(type(pr).__getattribute__ is object.__getattribute__)
