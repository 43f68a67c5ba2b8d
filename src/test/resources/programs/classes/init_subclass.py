# __init_subclass__ with keywords, implicit classmethod, chaining through super(), registries.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kw):
        print("Plugin.__init_subclass__", cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin, name="alpha"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(sorted(Plugin.registry), Gamma.plugin_name, Beta.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
try:
    class Bad(Plugin, name="bad", unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class NoKw(x=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Mixin:
    def __init_subclass__(cls, **kw):
        print("Mixin", cls.__name__, kw)
        super().__init_subclass__(**kw)
class Root:
    def __init_subclass__(cls, **kw):
        print("Root", cls.__name__, kw)
        super().__init_subclass__()
class Leaf(Mixin, Root, color="red"):
    pass

class Counter:
    subclasses = []
    @classmethod
    def __init_subclass__(cls):
        Counter.subclasses.append(cls.__name__)
class One(Counter): pass
class Two(One): pass
print(Counter.subclasses)
# Bad's class object, whose __init_subclass__ raised, lives on only until a garbage collection
# (CPython: its reference cycle; the JVM: the weak subclass list), so it is left out here.
print(sorted(c.__name__ for c in Plugin.__subclasses__() if c.__name__ != "Bad"))

class Required:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not hasattr(cls, "run"):
            raise TypeError(f"{cls.__name__} must define run")
try:
    class Lazy(Required):
        pass
except TypeError as e:
    print("TypeError:", e)
class Good(Required):
    def run(self): return "ran"
print(Good().run())
