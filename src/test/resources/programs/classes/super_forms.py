# super() with zero and two arguments, in methods, classmethods and __new__; super objects.
class Base:
    def __init__(self, tag):
        self.tag = tag
    def greet(self):
        return "base:" + self.tag
    @classmethod
    def make(cls, tag):
        return cls(tag)
    @staticmethod
    def helper():
        return "helper"

class Child(Base):
    def __init__(self, tag):
        super().__init__(tag.upper())
    def greet(self):
        return "child/" + super().greet()
    @classmethod
    def make(cls, tag):
        obj = super().make(tag + "!")
        return obj
    def explicit(self):
        return super(Child, self).greet()
    def helper2(self):
        return super().helper()

c = Child.make("x")
print(type(c).__name__, c.tag, c.greet(), c.explicit(), c.helper2())
s = super(Child, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(super(Child, Child).make.__self__ is Child)

class Grand(Child):
    def greet(self):
        return "grand/" + super(Child, self).greet()
print(Grand("g").greet())

class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
print(WithNew(1, 2).args)

def outside(self):
    return super(Child, self).greet()
print(outside(Child("o")))

try:
    super(Child, 5)
except TypeError as e:
    print("TypeError:", e)

class NoCell:
    def f(self):
        return __class__
print(NoCell().f() is NoCell)
