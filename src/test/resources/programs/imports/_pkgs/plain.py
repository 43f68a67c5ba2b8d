"""A plain module."""
print("plain: running body, __name__ =", __name__)
VALUE = 42
def double(x):
    return 2 * x
class Thing:
    pass
_private = "hidden"
