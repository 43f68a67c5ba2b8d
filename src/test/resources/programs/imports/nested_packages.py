# import a.b.c binds a; each level is an attribute of its parent; "as" binds the leaf.
import _pkgs.shapes.poly.square
print(_pkgs.shapes.poly.square.Square().describe())
import _pkgs.shapes.poly.deep.leaf as leaf
print(leaf.where)
print(_pkgs.shapes.poly.deep.leaf is leaf)
import sys
print([n for n in sorted(sys.modules) if n.startswith("_pkgs")])
print(_pkgs.shapes.poly.PARENT_KIND, _pkgs.shapes.poly.Shape is _pkgs.shapes.Shape)
