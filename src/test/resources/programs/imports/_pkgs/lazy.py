"""PEP 562: module __getattr__ and __dir__."""
import importlib
_computed = {"answer": 42}
eager = "here"
def __getattr__(name):
    if name in _computed:
        return _computed[name]
    if name == "plain_module":
        return importlib.import_module("_pkgs.plain")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r} (lazy)")
def __dir__():
    return ["eager", "answer", "plain_module"]
