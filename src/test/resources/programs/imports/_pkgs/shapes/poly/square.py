from . import LEVEL
from .. import base
from ..circle import Circle
from ...plain import VALUE
class Square(base.Shape):
    sides = 4
print("square:", __name__, __package__, LEVEL, VALUE, Circle.__name__)
