# Comparisons, hashing and dict/set keys of int subclasses equal those of their values.
class MyInt(int):
    pass


a, b = MyInt(3), MyInt(5)
print(a == 3, 3 == a, a != 3, a < b, b > a, a <= 3, a >= 4, a == 3.0, 3.0 == a, a < 3.5)
assert hash(a) == hash(3) and hash(MyInt(-1)) == hash(-1) == -2
d = {a: "three", 5: "five"}
print(d[3], d[b], 3 in d, b in d, MyInt(7) in d)
s = {1, 2, 3}
print(a in s, MyInt(4) in s, s | {a}, {a} == {3}, len({a, 3, 3.0}))
d2 = {3: "x"}
d2[a] = "y"
print(d2, len(d2), type(list(d2)[0]).__name__)
print(sorted([b, 1, a, MyInt(0), 4]), max(a, b), min(a, 2), sorted([b, a], reverse=True))
print([type(v).__name__ for v in sorted([b, 1, a])])
print(a == a, a is a, [a].count(3), [1, 2, 3].index(a), (1, 3).index(MyInt(3)))
