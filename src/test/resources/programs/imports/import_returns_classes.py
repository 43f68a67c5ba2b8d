# Names from a module keep their module: __module__, repr, isinstance across imports.
from _pkgs.withclass import Widget, make
import _pkgs.withclass as wc
w = make(3)
print(w, type(w).__module__, isinstance(w, wc.Widget), Widget is wc.Widget)
print(make.__module__, make.__globals__ is vars(wc), make.__globals__["__name__"])
