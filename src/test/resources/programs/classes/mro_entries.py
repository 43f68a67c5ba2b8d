# PEP 560: __mro_entries__ on a non-class base, __orig_bases__, and the errors around bases.
class Alias:
    def __init__(self, origin, tag):
        self.origin, self.tag = origin, tag
    def __mro_entries__(self, bases):
        print("mro_entries", [type(b).__name__ for b in bases])
        return (self.origin,)
class Base:
    def hello(self): return "base hello"
class C(Alias(Base, "t"), dict):
    pass
print([k.__name__ for k in C.__mro__], C().hello(), type(C.__orig_bases__[0]).__name__, C.__bases__)
class Nothing:
    def __mro_entries__(self, bases):
        return ()
class D(Nothing()):
    pass
print(D.__bases__, hasattr(D, "__orig_bases__"))
class E(Base):
    pass
print(hasattr(E, "__orig_bases__"))
try:
    class F(1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(Base()):
        pass
except TypeError as e:
    print("TypeError:", e)
