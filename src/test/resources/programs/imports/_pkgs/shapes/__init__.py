"""A package with submodules and relative imports."""
print("shapes: __init__ runs, __package__ =", __package__)
from .base import Shape
from . import circle
from .circle import Circle as _Circle
KIND = "shapes"
