# Calling object's methods directly: __eq__, __ne__, __hash__, __repr__, __str__, __format__, __setattr__ ...
class C:
    def __eq__(self, o):
        return "custom"
c = C()
d = C()
print(object.__eq__(c, c), object.__eq__(c, d), object.__ne__(c, d), c.__ne__(d))
print(object.__repr__(c).startswith("<__main__.C object at 0x"), object.__str__(c) == object.__repr__(c))
print(object.__format__(c, "") == repr(c), "" + object.__format__(1, ""))
try:
    object.__format__(c, "x")
except TypeError as e:
    print("TypeError:", e)
object.__setattr__(c, "v", 5)
print(object.__getattribute__(c, "v"), c.v)
object.__delattr__(c, "v")
print(hasattr(c, "v"))
try:
    object.__setattr__(1, "x", 1)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(object.__lt__(c, d), object.__le__(c, d), object.__gt__(c, d), object.__ge__(c, d))
print(type(object.__hash__(c)).__name__, object.__class__, C.__class__)
print(object.__init__(c), object.__subclasshook__())
print(object.__sizeof__(c) > 0, object.__new__(C).__class__.__name__)
try:
    object.__init__(c, 1)
except TypeError as e:
    print("TypeError:", e)
