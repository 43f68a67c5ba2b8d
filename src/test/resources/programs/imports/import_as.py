# import a.b as c, from a import b as c, from a.b import c as d.
import _pkgs.shapes.circle as circ
from _pkgs.shapes import base as b
from _pkgs.shapes.circle import Circle as C, Shape as S
print(circ.__name__, b.__name__, C.__name__, S is b.Shape)
print("_pkgs" in dir(), "circ" in dir())
import _pkgs.shapes.poly as poly, _pkgs.plain as pl
print(poly.LEVEL, pl.VALUE)
