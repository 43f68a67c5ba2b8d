# Relative imports from the main script and from __import__ with odd globals.
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    from .sibling import x
except ImportError as e:
    print(type(e).__name__, "|", e)
print(__package__, __spec__)
try:
    __import__("x", {"__name__": "top"}, None, [], 1)
except ImportError as e:
    print("top:", e)
try:
    __import__("x", {"__name__": "a.b", "__package__": "a.b"}, None, [], 3)
except ImportError as e:
    print("beyond:", e)
try:
    __import__("x", {"__package__": 5}, None, [], 1)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("x", [], None, [], 1)
except TypeError as e:
    print("TypeError:", e)
try:
    __import__("x", None, None, [], -1)
except ValueError as e:
    print("ValueError:", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError:", e)
print(__import__("", {"__package__": "_pkgs.shapes"}, None, ["base"], 1).__name__)
