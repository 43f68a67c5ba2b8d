# A small generic-container class using many protocols at once: a sorted bag.
class SortedBag:
    def __init__(self, items=()):
        self._items = sorted(items)
    def add(self, x):
        lo, hi = 0, len(self._items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._items[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        self._items.insert(lo, x)
        return self
    def __len__(self): return len(self._items)
    def __iter__(self): return iter(self._items)
    def __reversed__(self): return reversed(self._items)
    def __contains__(self, x): return x in self._items
    def __getitem__(self, i):
        r = self._items[i]
        return SortedBag(r) if isinstance(i, slice) else r
    def __eq__(self, o): return isinstance(o, SortedBag) and self._items == o._items
    __hash__ = None
    def __add__(self, o):
        if not isinstance(o, SortedBag):
            return NotImplemented
        return SortedBag(self._items + o._items)
    def __iadd__(self, o):
        for x in o:
            self.add(x)
        return self
    def __bool__(self): return bool(self._items)
    def __repr__(self): return f"SortedBag({self._items})"
    def count(self, x): return self._items.count(x)
b = SortedBag([5, 1, 3])
b.add(2).add(4).add(3)
print(b, len(b), 3 in b, 9 in b, b[0], b[-1], b[1:3], list(reversed(b)), b.count(3))
c = b + SortedBag([0])
c += [10, -1]
print(c, bool(SortedBag()), b == SortedBag([1, 2, 3, 3, 4, 5]), b != c)
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
try:
    b + [1]
except TypeError as e:
    print("TypeError:", e)
print(max(b), min(b), sum(b), sorted(b, reverse=True)[:2], dict.fromkeys(b))
