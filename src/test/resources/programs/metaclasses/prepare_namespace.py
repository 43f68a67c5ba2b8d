# __prepare__ returning a custom mapping: recording definition order, duplicate detection.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class Form(metaclass=OrderedMeta, tag="t"):
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3
print(Form.order)

class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class StrictMeta(type):
    def __prepare__(name, bases):
        return NoDup()
try:
    class Bad(metaclass=StrictMeta):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)

class Plain(dict):
    pass
class Lookup(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)
class AutoMeta(type):
    def __prepare__(name, bases):
        return Lookup()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class Auto(metaclass=AutoMeta):
    v = auto_hello
print(Auto.v)

class BadPrepare(type):
    def __prepare__(name, bases):
        return 5
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("n", ()), type(type.__prepare__()).__name__)
