# Touching a name the partially initialized module has not defined yet.
try:
    import _pkgs.cycattr_a
except AttributeError as e:
    print("AttributeError:", e)
import sys
print("_pkgs.cycattr_a" in sys.modules, "_pkgs.cycattr_b" in sys.modules)
