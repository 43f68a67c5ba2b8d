# An abc-like metaclass: abstract methods block instantiation, virtual subclasses via register().
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class ABCMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {k for k, v in ns.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for k in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, k, None), "__isabstractmethod__", False):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = set()
        return cls
    def __call__(cls, *a, **k):
        if cls.__abstractmethods__:
            names = ", ".join(sorted(cls.__abstractmethods__))
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {names}")
        return super().__call__(*a, **k)
    def register(cls, sub):
        cls._registry.add(sub)
        return sub
    def __instancecheck__(cls, inst):
        return cls.__subclasscheck__(type(inst))
    def __subclasscheck__(cls, sub):
        if sub in cls._registry or any(issubclass(sub, r) for r in cls._registry):
            return True
        return cls in getattr(sub, "__mro__", ())
class Sized(metaclass=ABCMeta):
    @abstractmethod
    def size(self): ...
    def describe(self):
        return f"size {self.size()}"
class Box(Sized):
    def size(self): return 3
class Half(Sized):
    pass
print(sorted(Sized.__abstractmethods__), sorted(Half.__abstractmethods__), Box.__abstractmethods__)
print(Box().describe())
for cls in (Sized, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
Sized.register(list)
print(isinstance([], Sized), issubclass(list, Sized), isinstance({}, Sized), isinstance(Box(), Sized))
class MyList(list):
    pass
print(issubclass(MyList, Sized), issubclass(int, Sized))
