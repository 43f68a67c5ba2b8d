# module objects: type(sys)(name, doc), attributes, repr, __dict__.
import sys
ModuleType = type(sys)
print(ModuleType.__name__)
m = ModuleType("made", "its doc")
print(m, m.__name__, m.__doc__, m.__dict__["__name__"])
print(sorted(vars(m)))
m.x = 1
print(m.x, m.__dict__["x"])
del m.x
print(hasattr(m, "x"))
print(repr(sys), repr(__builtins__) if isinstance(__builtins__, ModuleType) else "dict")
m.__file__ = "/nowhere/made.py"
print(m)
m2 = ModuleType("nodoc")
print(m2.__doc__, m2)
try:
    ModuleType(1)
except TypeError as e:
    print("TypeError:", e)
try:
    m2.missing
except AttributeError as e:
    print("AttributeError:", e)
import _pkgs.plain as p
print(isinstance(p, ModuleType), type(p.__spec__).__name__, type(p.__loader__).__name__)
