# A package: __init__ runs first, __path__, __spec__, submodules become attributes.
import _pkgs.shapes as shapes
print(shapes.KIND, shapes.Shape.__module__, shapes.circle.__name__)
print(shapes.__package__, shapes.__name__)
print(shapes.__file__.endswith("_pkgs/shapes/__init__.py"))
print([p.endswith("_pkgs/shapes") for p in shapes.__path__])
spec = shapes.__spec__
print(spec.name, spec.parent, spec.origin == shapes.__file__, spec.submodule_search_locations == shapes.__path__)
print(spec.has_location, type(spec).__name__)
print(shapes.circle.__spec__.parent, shapes.circle.__spec__.submodule_search_locations)
print(shapes.Circle if hasattr(shapes, "Circle") else "no Circle attribute", shapes._Circle.__name__)
c = shapes._Circle(2)
print(c.area(), c.describe())
print(shapes.__loader__ is shapes.__spec__.loader)
