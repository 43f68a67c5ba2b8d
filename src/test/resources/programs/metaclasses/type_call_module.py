# type(name, bases, ns) and a metaclass called directly: __module__ comes from the caller's globals.
X = type("X", (), {"a": 1})
print(X, X.__module__, X().a, repr(X())[:12])
Y = type("Y", (X,), {"__module__": "elsewhere"})
print(Y, Y.__mro__)
ns = {"b": 2}
Z = type("Z", (), ns)
print("__module__" in ns, Z.__module__, type(Z).__name__)
class M(type):
    pass
W = M("W", (), {})
print(W, W.__module__)
def make():
    return type("Local", (), {})
print(make(), make().__qualname__)
