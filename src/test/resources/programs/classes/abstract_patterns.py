# Abstract-ish patterns without abc: NotImplementedError bases, template methods, __isabstractmethod__.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in (Square(2), Circle(1)):
    print(s.describe())
try:
    Blob().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)

def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class Checked:
    def __new__(cls, *a, **k):
        missing = sorted(name for name in dir(cls) if getattr(getattr(cls, name), "__isabstractmethod__", False))
        if missing:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__new__(cls)
class Base(Checked):
    @abstractmethod
    def run(self): ...
    @abstractmethod
    def stop(self): ...
class Half(Base):
    def run(self): return "running"
class Full(Half):
    def stop(self): return "stopped"
for cls in (Base, Half, Full):
    try:
        obj = cls()
        print(cls.__name__, obj.run(), obj.stop())
    except TypeError as e:
        print("TypeError:", e)
print(staticmethod(abstractmethod(lambda: 0)).__isabstractmethod__, classmethod(len).__isabstractmethod__)
class Prop:
    @property
    @abstractmethod
    def value(self): ...
print(getattr(Prop.value.fget, "__isabstractmethod__", None))
