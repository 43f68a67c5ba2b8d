# Subclasses of immutable built-ins with empty __slots__ have no instance __dict__.
class NoDict(str):
    __slots__ = ()


n = NoDict("x")
try:
    n.attr = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print(n, type(n).__name__, n + "y", hasattr(n, "__dict__"))


class IntNoDict(int):
    __slots__ = ()


i = IntNoDict(4)
try:
    i.x = 1
except AttributeError as exc:
    print("AttributeError:", exc)
print(i + 1, hasattr(i, "__dict__"))
