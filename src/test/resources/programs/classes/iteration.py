# Iteration: __iter__/__next__, the __getitem__ fallback, iter() errors, __reversed__, StopIteration.
class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
it = iter(Seq())
print(next(it), next(it), next(it), next(it, "done"))

class GenIter:
    def __init__(self, data): self.data = data
    def __iter__(self):
        yield from self.data
print(list(GenIter("abc")), dict.fromkeys(GenIter([1, 2])))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in object():
        pass
except TypeError as e:
    print("TypeError:", e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print("TypeError:", e)

class Rev:
    def __reversed__(self):
        return iter([3, 2, 1])
print(list(reversed(Rev())))
class SeqRev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(SeqRev())), list(SeqRev()))
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
a, b, *rest = Count(5)
print(a, b, rest)
print(*Count(2), sep="-")
