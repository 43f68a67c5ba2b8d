# int()/float()/str()/bool() of int subclasses give the plain values; they work wherever an index does.
class MyInt(int):
    pass


a = MyInt(3)
for v in (int(a), float(a), str(a), bool(a), bool(MyInt(0)), complex(a)):
    print(repr(v), type(v).__name__)
print("abcdef"[a], "abcdef"[MyInt(1):a], [10, 20, 30, 40][MyInt(-1)], (1, 2, 3, 4)[:a])
print(list(range(a)), list(range(MyInt(1), MyInt(10), a)), range(10)[a])
print(bin(a), hex(MyInt(255)), oct(a), chr(MyInt(65)), "ab" * a, a * "ab", [0] * a)
print(bytes(a), bytearray(MyInt(2)), len(bytes(MyInt(4))))
print(a.__index__(), type(a.__index__()).__name__)
lst = [1, 2, 3, 4, 5]
lst[a] = "x"
del lst[MyInt(0)]
print(lst, lst.pop(MyInt(0)), lst)
print(int.__index__(a), type(int.__index__(a)).__name__, a.__index__(), type(a.__int__()).__name__)
print(round(2.567, MyInt(2)), "x".center(MyInt(5), "*"), "abc".ljust(a))
print(sum([MyInt(1), MyInt(2)]), type(sum([MyInt(1), MyInt(2)])).__name__, max([MyInt(1), 2]))
