# classmethod/staticmethod patterns: alternative constructors, subclass-aware factories, counters.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("2023-1-2"), MyDate.is_leap(2000), Date.is_leap(1900))
d = MyDate(1, 2, 3)
print(d.from_string("5-6-7"), d.is_leap(4))

class Counter:
    count = 0
    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count
class Sub(Counter):
    pass
print(Counter.increment(), Counter.increment(), Sub.increment(), Counter.count, Sub.count)

class Chain:
    @classmethod
    def name(cls):
        return cls.__name__
    @classmethod
    def describe(cls):
        return "I am " + cls.name()
class Child(Chain):
    @classmethod
    def name(cls):
        return "child of " + super().name()
print(Child.describe(), Chain.describe())
cm = Chain.__dict__["name"]
print(type(cm).__name__, cm.__func__(Child), cm.__get__(None, Child)())
sm = staticmethod(lambda *a: a)
print(sm(1, 2), repr(sm).startswith("<staticmethod(<function <lambda>"))
try:
    classmethod(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
