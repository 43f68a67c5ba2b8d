# A plain module: its body runs once, its names are attributes, __name__/__file__/__package__.
import _pkgs.plain
import _pkgs.plain as plain
m = plain
print(m.VALUE, m.double(21), m.Thing.__module__, m._private)
print(m.__name__, m.__package__)
print(m.__file__.endswith("imports/_pkgs/plain.py"), m.__file__.startswith("/"))
print(m.__doc__)
print(repr(m).startswith("<module '_pkgs.plain' from '/"), repr(m).endswith("plain.py'>"))
print(type(m).__name__, type(m) is type(_pkgs))
import _pkgs.plain
print(_pkgs.plain is m)
print(sorted(k for k in vars(m) if not k.startswith("__")))
print([k for k in vars(m) if k.startswith("__") and k != "__cached__"])
