# from .. import z / from ..m import y (level 2) and from ... (level 3).
import _pkgs.shapes.poly.square as sq
print(sq.base.__name__, sq.Circle.__module__, sq.VALUE)
