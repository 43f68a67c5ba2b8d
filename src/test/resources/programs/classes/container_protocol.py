# A user sequence/mapping: __getitem__/__setitem__/__delitem__ with ints and slices, __len__, __missing__.
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            print("slice", i.start, i.stop, i.step)
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        print("set", i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print("del", i)
        del self.items[i]
    def __repr__(self):
        return f"Seq{tuple(self.items)}"
s = Seq(1, 2, 3, 4, 5)
print(s[0], s[-1], s[1:3], s[::2], len(s))
s[0] = 10
s[1:3] = [7]
del s[0]
del s[::2]
print(s)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
print(list(Seq("a", "b")), "b" in Seq("a", "b"), sorted(Seq(3, 1, 2)))
class Grid:
    def __getitem__(self, key):
        return f"cell{key}"
g = Grid()
print(g[1, 2], g[1:2, ...], g["k"])
class Defaults(dict):
    def __missing__(self, key):
        return f"missing {key}"
d = Defaults(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d)
class ReadOnly:
    def __getitem__(self, k): return k
try:
    ReadOnly()[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del ReadOnly()[1]
except TypeError as e:
    print("TypeError:", e)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
class ClassItem:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(ClassItem[int], ClassItem["x"], type(ClassItem.__dict__["__class_getitem__"]).__name__)
