# importlib.util: find_spec, resolve_name, spec_from_file_location + module_from_spec + exec_module.
import importlib.util
import importlib
import sys
print(importlib.util.find_spec("_pkgs.shapes").name, importlib.util.find_spec("no_such_module_zz"))
print(importlib.util.find_spec("_pkgs.shapes.circle").parent)
print(importlib.util.resolve_name("..x", "a.b.c"), importlib.util.resolve_name("plain", None))
print(importlib.util.find_spec("sys"))
try:
    importlib.util.find_spec("_pkgs.plain.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
here = sys.path[0]
spec = importlib.util.spec_from_file_location("loose_withclass", here + "/_pkgs/withclass.py")
print(spec.name, spec.origin.endswith("_pkgs/withclass.py"), spec.parent, spec.submodule_search_locations)
m = importlib.util.module_from_spec(spec)
print(m.__name__, "make" in vars(m), "loose_withclass" in sys.modules)
spec.loader.exec_module(m)
print(m.make(5), type(m.make(5)).__module__, "loose_withclass" in sys.modules)
