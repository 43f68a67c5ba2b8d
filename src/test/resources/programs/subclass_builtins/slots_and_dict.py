# __slots__ on subclasses of immutable built-ins, and instance attributes.
class WithDict(int):
    pass


w = WithDict(1)
w.a = 1
w.b = 2
print(w.a + w.b, sorted(vars(w)), w, hasattr(w, "__dict__"))
try:
    class Bad(int):
        __slots__ = ("x",)
except TypeError as exc:
    print("TypeError:", exc)
try:
    class BadT(tuple):
        __slots__ = ("x",)
except TypeError as exc:
    print("TypeError:", exc)
try:
    class BadB(bytes):
        __slots__ = ("x", "__dict__")
except TypeError as exc:
    print("TypeError:", exc)


class FSlot(float):
    __slots__ = ("unit",)


f = FSlot(2.0)
f.unit = "m"
print(f, f.unit, f * 2, type(f * 2).__name__)


class SSlot(str):
    __slots__ = ("lang", "__dict__")


s = SSlot("hola")
s.lang = "es"
s.extra = 1
print(s, s.lang, s.extra, s.upper(), type(s.upper()).__name__)
try:
    SSlot("x").lang
except AttributeError as exc:
    print("AttributeError:", exc)

try:
    class IntDictSlot(int):
        __slots__ = ("__dict__",)
except TypeError as exc:
    print("TypeError:", exc)
