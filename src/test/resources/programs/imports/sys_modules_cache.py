# sys.modules caches modules: a second import does not run the body; deleting the entry does.
import sys
import _pkgs.counter
import _pkgs.counter
first = sys.modules["_pkgs.counter"]
print(first.value, first is _pkgs.counter)
del sys.modules["_pkgs.counter"]
import _pkgs.counter as again
print(again.value, again is first, sys.modules["_pkgs.counter"] is again)
# a module object planted in sys.modules is what import returns
fake = type(sys)("planted_module")
fake.answer = 7
sys.modules["planted_module"] = fake
import planted_module
print(planted_module.answer, planted_module is fake, planted_module)
# None in sys.modules blocks the import
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
