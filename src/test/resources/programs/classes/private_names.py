# Private name mangling inside classes: attributes, methods, nested classes, getattr with mangled names.
class Account:
    __rate = 0.05
    def __init__(self, balance):
        self.__balance = balance
    def __apply(self):
        self.__balance *= 1 + self.__rate
    def grow(self):
        self.__apply()
        return round(self.__balance, 2)
a = Account(100)
print(a.grow(), sorted(vars(a)), hasattr(a, "__balance"), a._Account__balance > 100)
try:
    a.__apply()
except AttributeError as e:
    print("AttributeError:", e)
class Savings(Account):
    def __init__(self, balance):
        super().__init__(balance)
        self.__balance = "separate"
s = Savings(10)
print(sorted(vars(s)), s.grow())
class _Leading:
    def __x(self):
        return "mangled with stripped underscore"
    def call(self):
        return self.__x()
print(_Leading().call(), [k for k in _Leading.__dict__ if "x" in k])
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner()
print(type(Outer().make()).__name__, hasattr(Outer, "_Outer__Inner"))
print(getattr(a, "_Account__rate"), Account._Account__rate)
class Dunder:
    __not_private__ = 1
print(Dunder.__not_private__)
