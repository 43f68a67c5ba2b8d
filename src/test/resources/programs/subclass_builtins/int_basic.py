# A Python subclass of int behaves as its int value; operators give plain ints.
class MyInt(int):
    pass


a = MyInt(3)
print(a, repr(a), type(a).__name__, type(a) is MyInt, isinstance(a, int), issubclass(MyInt, int))
for r in (a + 1, 1 + a, a - MyInt(1), a * 2, a // 2, a % 2, a ** 2, -a, +a, abs(MyInt(-4)), ~a, a << 1, a >> 1,
          a & 1, a | 4, a ^ 1):
    print(r, type(r).__name__)
print(a / 2, divmod(a, 2), pow(a, 2, 5), round(a), type(round(a)).__name__)
assert a + 1 == 4 and type(a + 1) is int
assert MyInt() == 0 and MyInt("12") == 12 and MyInt("ff", 16) == 255 and MyInt(3.9) == 3
assert MyInt(a) == 3 and type(MyInt(a)) is MyInt
x = MyInt(10)
x += 5
print(x, type(x).__name__)
big = MyInt(2 ** 100)
print(big, big + 1, type(big).__name__, big > 2 ** 99)
print(MyInt(True), type(MyInt(True)).__name__, MyInt(-7) // 2)
print(MyInt.__mro__)
print([t.__name__ for t in MyInt.__bases__], MyInt.__name__, MyInt.__qualname__)
