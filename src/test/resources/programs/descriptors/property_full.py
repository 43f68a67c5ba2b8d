# property with getter, setter, deleter and doc; read-only errors; subclass overrides.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temp()
t.celsius = 25
print(t.celsius, t.kelvin, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.kelvin
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t.celsius)
t.__dict__["kelvin"] = "shadow?"
print(t.kelvin == 273.15 if t.celsius is not None else "data descriptor wins:", t.__dict__["kelvin"])

def get_x(self): return "x!"
class Old:
    x = property(get_x, doc="old style")
print(Old().x, Old.x.__doc__, Old.x.fget is get_x, Old.x.fset)

class Base:
    @property
    def name(self): return "base"
class Derived(Base):
    @Base.name.getter
    def name(self): return "derived"
print(Base().name, Derived().name)
class WO:
    def _set(self, v): print("set", v)
    only = property(None, _set)
w = WO()
w.only = 3
try:
    w.only
except AttributeError as e:
    print("AttributeError:", e)
class Raises:
    @property
    def bad(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "fallback for " + name
print(Raises().bad)
print(hasattr(Raises(), "bad"), property.__name__)
