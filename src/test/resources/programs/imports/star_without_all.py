# Without __all__, from m import * copies the names not starting with an underscore.
from _pkgs.noall import *
print(x, y, fn(), K.__name__)
print(sorted(n for n in dir() if not n.startswith("__")))
