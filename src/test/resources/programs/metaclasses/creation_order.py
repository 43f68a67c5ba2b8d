# The order of everything a class statement does: __prepare__, body, __new__, __set_name__, __init_subclass__, __init__.
def log(*a):
    print(*a)
class Desc:
    def __set_name__(self, owner, name):
        log("4. __set_name__", owner.__name__, name)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log("1. __prepare__", name, kw)
        return {}
    def __new__(mcls, name, bases, ns, **kw):
        log("3. Meta.__new__ before type.__new__", name)
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log("6. Meta.__new__ after type.__new__", name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log("7. Meta.__init__", name, kw)
        super().__init__(name, bases, ns, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log("5. __init_subclass__", cls.__name__, kw)
class Child(Base, option=1):
    log("2. body")
    d = Desc()
log("done", type(Child).__name__)
