from .base import Shape
from . import base as _base_module
class Circle(Shape):
    sides = 0
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
assert _base_module.Shape is Shape
