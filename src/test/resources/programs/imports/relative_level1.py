# from . import x / from .m import y inside a package (level 1).
from _pkgs.shapes import circle
print(circle._base_module.__name__, circle.Shape.__name__)
import _pkgs.shapes.poly
print(_pkgs.shapes.poly.__package__)
