# __init_subclass__ and metaclass __init__ together: who runs first, and what each sees.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__ start", name)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        print("Meta.__new__ end", name, "registered:", getattr(cls, "registered", None))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, /, tag="none", **kw):
        print("__init_subclass__", cls.__name__, tag, type(cls).__name__)
        cls.registered = tag
        super().__init_subclass__(**kw)
class One(Base, tag="one"):
    pass
class Two(One):
    pass
print(One.registered, Two.registered, Base.__dict__.get("registered"))
X = Meta("X", (Base,), {}, tag="dynamic")
print(X.registered)
Y = type("Y", (Base,), {})
print(type(Y).__name__, Y.registered)
