# importlib.reload re-runs the body in the same module object.
import importlib
import _pkgs.reloadme as r
import _pkgs.registry as registry
r.X = 100
r.extra = "kept"
old = r
r2 = importlib.reload(r)
print(r2 is old, r.X, r.version(), registry.loads)
try:
    importlib.reload(42)
except TypeError as e:
    print("TypeError:", e)
m = type(importlib)("not_registered")
try:
    importlib.reload(m)
except ImportError as e:
    print("ImportError:", e)
import sys
print(importlib.reload(sys) is sys)
