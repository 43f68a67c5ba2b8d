# Metaclass patterns: singletons via __call__, class registries, automatic attributes.
class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kw):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kw)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self, env="dev"):
        print("Config.__init__", env)
        self.env = env
a = Config("prod")
b = Config("test")
print(a is b, a.env, len(SingletonMeta._instances))
class Other(Config):
    pass
print(Other() is a, type(Other()).__name__)

class RegistryMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls
    def __iter__(cls):
        return iter(sorted(cls.registry))
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, key):
        return cls.registry[key]
class Handler(metaclass=RegistryMeta):
    pass
class JsonHandler(Handler): pass
class XmlHandler(Handler): pass
print(list(Handler), len(Handler), Handler["xmlhandler"].__name__)

class AutoRepr(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.items() if not k.startswith("_") and not callable(v)]
        def __repr__(self):
            return name + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        ns["__repr__"] = __repr__
        return super().__new__(mcls, name, bases, ns)
class Pt(metaclass=AutoRepr):
    x = 0
    y = 0
p = Pt()
p.x = 5
print(p)

class Upper(type):
    def __new__(mcls, name, bases, ns):
        ns = {k if k.startswith("__") else k.upper(): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, ns)
class Shout(metaclass=Upper):
    greeting = "hi"
    def speak(self): return "loud"
print(Shout.GREETING, Shout().SPEAK(), hasattr(Shout, "greeting"))
