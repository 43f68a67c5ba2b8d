# PEP 562: a module-level __getattr__ and __dir__.
import _pkgs.lazy as lazy
print(lazy.eager, lazy.answer)
print(lazy.plain_module.__name__)
print(dir(lazy))
print(hasattr(lazy, "nothing"), getattr(lazy, "nothing", "default"))
try:
    lazy.nothing
except AttributeError as e:
    print("AttributeError:", e)
from _pkgs.lazy import answer
print(answer)
try:
    from _pkgs.lazy import nothing
except ImportError as e:
    print("ImportError:", e)
import _pkgs.plain as p
try:
    p.nothing
except AttributeError as e:
    print("AttributeError:", e)
