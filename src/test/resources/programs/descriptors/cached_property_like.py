# A non-data descriptor that caches into the instance dict (like functools.cached_property).
class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        print("computing", self.name)
        value = self.func(inst)
        inst.__dict__[self.name] = value
        return value
class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached
    def total(self):
        """Sum of xs."""
        return sum(self.xs)
    @cached
    def mean(self):
        return self.total / len(self.xs)
d = Data([1, 2, 3, 6])
print(d.total, d.total, d.mean, d.mean)
print(sorted(d.__dict__), Data.total.__doc__, Data.mean.name)
del d.total
print(d.total)
d.total = 100
print(d.total, d.mean)
class Slotted:
    __slots__ = ("xs",)
    @cached
    def total(self):
        return 1
try:
    Slotted().total
except AttributeError as e:
    print("AttributeError:", e)
