# frozenset subclasses: hashing and equality of their members; set operations give plain frozensets.
class FS(frozenset):
    def describe(self):
        return ", ".join(sorted(map(str, self)))


f = FS([3, 1, 2])
print(f, type(f).__name__, f.describe(), len(f), 2 in f, f == {1, 2, 3}, f == frozenset([1, 2, 3]))
print(f | {4}, type(f | {4}).__name__, f & {1, 9}, f - {1}, f ^ {1, 5}, f.union([7]), type(f.union([7])).__name__)
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "x"}[frozenset([1, 2, 3])], {frozenset([1, 2, 3]): "y"}[f])
print(sorted(f), f.issubset({1, 2, 3, 4}), f.isdisjoint({9}), FS(), type(FS()).__name__, frozenset(f), type(frozenset(f)).__name__)
f.tag = "t"
print(f.tag, FS("aba") == {"a", "b"}, isinstance(f, frozenset), f.copy() == f, type(f.copy()).__name__)


class Pair(frozenset):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __repr__(self):
        a, b = sorted(self)
        return f"Pair({a!r}, {b!r})"


edges = {Pair(1, 2), Pair(2, 1), Pair(2, 3)}
print(sorted(edges, key=sorted), len(edges), Pair(1, 2) == Pair(2, 1))
