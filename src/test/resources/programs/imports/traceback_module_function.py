# An error raised in a function defined in an imported module.
from _pkgs.errfunc import divide, Box
print(divide(6, 3))
try:
    Box().open()
except AttributeError as e:
    print("AttributeError:", e)
divide(1, 0)
