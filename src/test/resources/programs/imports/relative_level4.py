# Levels 3 and 4 from a package three deep, and the error one level too far.
from _pkgs.shapes.poly.deep import leaf
print(leaf.where)
try:
    from _pkgs.shapes.poly.deep import toofar
except ImportError as e:
    print(type(e).__name__, e)
