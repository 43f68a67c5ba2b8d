# sys.path is the live search path: scripts may add directories.
import sys
print(type(sys.path).__name__, sys.path[0].endswith("programs/imports"))
try:
    import toplevel_extra
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
extra = sys.path[0] + "/_pkgs/extra"
sys.path.insert(0, extra)
import toplevel_extra
print(toplevel_extra.NAME, toplevel_extra.__file__.endswith("_pkgs/extra/toplevel_extra.py"))
sys.path.remove(extra)
del sys.modules["toplevel_extra"]
try:
    import toplevel_extra
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.path.append(123)
import _pkgs.plain
