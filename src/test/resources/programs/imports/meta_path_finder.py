# A finder on sys.meta_path serves modules from strings: find_spec, create_module, exec_module.
import sys
import importlib.util
from importlib.machinery import ModuleSpec

SOURCES = {
    "virtual_pkg": "NAME = 'virtual package'\n",
    "virtual_pkg.child": "from . import NAME as PARENT\nVALUE = PARENT + ' / child'\n",
    "virtual_mod": "def hello():\n    return 'hello from ' + __name__\n",
}

class StringLoader:
    def __init__(self, source):
        self.source = source
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        print("exec_module", module.__name__, module.__spec__.name)
        exec(self.source, module.__dict__)

class StringFinder:
    def find_spec(self, name, path, target=None):
        print("find_spec", name, None if path is None else type(path).__name__)
        if name not in SOURCES:
            return None
        is_pkg = name == "virtual_pkg"
        return importlib.util.spec_from_loader(name, StringLoader(SOURCES[name]), is_package=is_pkg)

sys.meta_path.insert(0, StringFinder())
import virtual_mod
print(virtual_mod.hello(), virtual_mod.__spec__.origin, virtual_mod.__package__)
import virtual_pkg.child
print(virtual_pkg.child.VALUE, virtual_pkg.__path__, virtual_pkg.child.__package__)
print(type(virtual_mod.__spec__).__name__, virtual_mod.__loader__.__class__.__name__)
import _pkgs.plain
print(_pkgs.plain.VALUE)
spec = ModuleSpec("made_spec", None, origin="somewhere")
print(spec, spec.parent, spec.submodule_search_locations)
spec2 = ModuleSpec("made.pkg", StringLoader(""), is_package=True)
print(spec2.parent, spec2.submodule_search_locations, spec2.has_location, spec2.cached)
sys.meta_path.pop(0)
try:
    import virtual_other
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
