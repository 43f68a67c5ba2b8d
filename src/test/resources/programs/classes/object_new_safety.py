# object.__new__ refuses classes whose instances a built-in __new__ must make (int, str, tuple and their subclasses).
for t in (int, str, tuple):
    try:
        object.__new__(t)
    except TypeError as e:
        print(e)
class MyInt(int): pass
try:
    object.__new__(MyInt)
except TypeError as e:
    print(e)
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(E(1)))
print(type(object.__new__(type("Q", (), {}))).__name__)
