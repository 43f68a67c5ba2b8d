# Class keywords reach __prepare__, __new__, __init__ and __init_subclass__; type.__new__ forwards them.
class Meta(type):
    def __prepare__(name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": kw.get("inject", None)}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, inject=None, **kw):
        print("init_subclass", cls.__name__, inject, kw)
        super().__init_subclass__(**kw)
class Child(Base, inject="x"):
    pass
print(Child.injected)
try:
    class Bad(Base, inject=1, other=2):
        pass
except TypeError as e:
    print("TypeError:", e)
class Plain(type):
    pass
try:
    class NoHook(metaclass=Plain, x=1):
        pass
except TypeError as e:
    print("TypeError:", e)
kw = {"inject": "from dict"}
class FromDict(Base, **kw):
    pass
print(FromDict.injected)
bases = (Base,)
class FromStar(*bases, inject="star"):
    pass
print(FromStar.__bases__ == (Base,), FromStar.injected)
