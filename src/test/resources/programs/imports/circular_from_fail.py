# from-import cycles fail with CPython's "partially initialized module" message.
import sys
try:
    import _pkgs.cycfail_a
except ImportError as e:
    print(type(e).__name__, "|", e)
    print(e.name, e.path.endswith("cycfail_a.py"))
print("_pkgs.cycfail_a" in sys.modules, "_pkgs.cycfail_b" in sys.modules)
