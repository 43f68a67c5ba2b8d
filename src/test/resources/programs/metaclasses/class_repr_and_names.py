# How classes and metaclasses print: default reprs, metaclass __repr__/__str__, names of nested and local classes.
class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__qualname__}>"
    def __str__(cls):
        return f"class {cls.__name__}"
class A(metaclass=Meta):
    class Nested:
        pass
print(repr(A), str(A), f"{A}", [A], A.Nested)
def factory():
    class Local(metaclass=Meta):
        pass
    return Local
L = factory()
print(repr(L), L.__qualname__)
class Plain:
    pass
print(Plain, repr(Plain), str(Plain) == repr(Plain), type(Plain), type(Meta))
print(int, type(None), type(...), type(NotImplemented))
class FormatMeta(type):
    def __format__(cls, spec):
        return f"{cls.__name__:{spec}}"
class F(metaclass=FormatMeta):
    pass
print(f"[{F:>6}]", format(F, "<4") + "|")
print(Meta.__name__, Meta.__qualname__, Meta.__module__, A.__module__)
