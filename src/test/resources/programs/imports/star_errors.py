# __all__ naming a missing attribute, or holding a non-str.
try:
    from _pkgs.badall import *
except AttributeError as e:
    print("AttributeError:", e)
print("ok" in dir())
try:
    from _pkgs.badall_type import *
except TypeError as e:
    print("TypeError:", e)
def f():
    ns = {}
    exec("from _pkgs.noall import *", ns)
    return sorted(k for k in ns if not k.startswith("__"))
print(f())
