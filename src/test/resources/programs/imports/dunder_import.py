# __import__: what it returns with and without a fromlist, keywords, and replacing it.
import builtins
m = __import__("_pkgs.shapes.circle")
print(m.__name__)
m = __import__("_pkgs.shapes.circle", fromlist=["Circle"])
print(m.__name__)
m = __import__("_pkgs.shapes", globals(), locals(), ["poly"], 0)
print(m.__name__, m.poly.__name__)
m = __import__(name="_pkgs.plain", level=0)
print(m.__name__)
try:
    __import__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("_pkgs", fromlist=[1])
except TypeError as e:
    print("TypeError:", e)
seen = []
original = builtins.__import__
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = hook
try:
    import _pkgs.hooked
    from _pkgs import plain as p2
    import sys as s2
finally:
    builtins.__import__ = original
# CPython's own importlib imports _io through the hook too: leave those out
print([s for s in seen if s[0] != "_io"])
