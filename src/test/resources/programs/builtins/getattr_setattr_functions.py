def f():
    pass
setattr(f, "tag", "v1")
print(getattr(f, "tag"), hasattr(f, "tag"), hasattr(f, "nope"), getattr(f, "nope", "default"))
delattr(f, "tag")
print(hasattr(f, "tag"))
try:
    getattr(f, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(f, 5)
except TypeError as e:
    print(e)
print(getattr("abc", "upper")(), getattr([], "__len__")())
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(e)
