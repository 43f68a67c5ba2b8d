# Attributes on metaclasses: methods, properties and class-level lookups; what instances see.
class Meta(type):
    meta_attr = "from meta"
    def describe(cls):
        return f"class {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def __len__(cls):
        return 3
    def __getattr__(cls, name):
        return f"meta __getattr__({name})"
class C(metaclass=Meta):
    own = "own"
print(C.describe(), C.upper_name, C.meta_attr, repr(C), len(C), C.own)
print(C.anything, hasattr(C(), "meta_attr"), hasattr(C(), "describe"))
try:
    C().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(str(C), [C])
class D(C):
    pass
print(D.describe(), D.upper_name, type(D).__name__)
C.upper_name_is_data = 1
try:
    C.upper_name = "x"
except AttributeError as e:
    print("AttributeError:", e)
print(C.upper_name)
class Both(type):
    attr = "meta"
class K(metaclass=Both):
    attr = "class"
print(K.attr, K().attr, type(K).attr)
class WithSetattr(type):
    def __setattr__(cls, name, value):
        print("meta setattr", cls.__name__, name, value)
        super().__setattr__(name, value)
class S(metaclass=WithSetattr):
    pass
S.x = 5
print(S.x)
print(type(C).__dict__["describe"].__name__, C.__class__ is Meta, Meta.__class__ is type)
