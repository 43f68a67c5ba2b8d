# __repr__, __str__, __format__: fallbacks, errors for bad results, f-strings and format().
class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both"
class ReprOnly:
    def __repr__(self): return "ReprOnly<>"
class StrOnly:
    def __str__(self): return "str only"
print(repr(Both()), str(Both()), f"{Both()}", f"{Both()!r}", [Both()], (ReprOnly(),))
print(str(ReprOnly()), repr(StrOnly()).startswith("<__main__.StrOnly object at 0x"), str(StrOnly()))
print("%s %r" % (Both(), Both()), "{} {!r} {!s}".format(Both(), Both(), ReprOnly()))

class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        if spec.endswith("c"):
            return f"{self.v * 100:{spec[:-1]}d} cents"
        return format(self.v, spec)
m = Money(3)
print(f"{m}", f"{m:>8.2f}|", f"{m:5c}", format(m, "x"), "{:c}".format(m))

class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec): return 1
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
print(format(ReprOnly(), ""), f"{ReprOnly()!s:>12}|")
class Rec:
    def __init__(self): self.me = self
    def __repr__(self): return f"Rec({len(repr.__name__)})"
print(repr(Rec()))
class Inherit(Both):
    pass
print(repr(Inherit()), str(Inherit()))
