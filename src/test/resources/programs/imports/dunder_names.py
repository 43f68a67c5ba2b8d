# __name__, __file__, __package__, __spec__ of the main script and of imported modules.
import sys
print(__name__, __package__, __spec__)
print(__file__.endswith("imports/dunder_names.py"))
import _pkgs.mainguard as mg
print(mg.__name__)
import _pkgs.shapes.poly.square as sq
import _pkgs.shapes.poly
print(sq.__name__, sq.__package__, sq.__spec__.name, sq.__spec__.parent)
print(_pkgs.shapes.poly.__package__, _pkgs.shapes.poly.__spec__.parent)
print(sys.modules["__main__"].__name__, sys.modules[__name__] is sys.modules["__main__"])
if __name__ == "__main__":
    print("main guard taken")
