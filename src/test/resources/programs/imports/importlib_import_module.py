# importlib.import_module: absolute and relative names, and its errors.
import importlib
m = importlib.import_module("_pkgs.shapes.poly")
print(m.__name__)
print(importlib.import_module(".circle", "_pkgs.shapes").__name__)
print(importlib.import_module("..base", "_pkgs.shapes.poly").__name__)
print(importlib.import_module("_pkgs.shapes.poly.deep.leaf").where[0])
for args in [(".x",), ("...x", "_pkgs.shapes"), ("_pkgs.zzz",), ("",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, "|", e)
print(importlib.invalidate_caches())
print(importlib.import_module("sys").__name__)
