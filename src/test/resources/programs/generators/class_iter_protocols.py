# generator methods implementing __iter__, __reversed__ and custom iteration protocols
class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __reversed__(self):
        for y in reversed(range(self.h)):
            for x in reversed(range(self.w)):
                yield x, y
    def __contains__(self, p):
        return any(p == q for q in self)
    def rows(self):
        for y in range(self.h):
            yield [(x, y) for x in range(self.w)]

r = Range2D(3, 2)
print(list(r))
print(list(reversed(r)))
print((2, 1) in r, (3, 0) in r)
print(len(list(r)), sorted(r, key=lambda p: (-p[0], p[1]))[:3])
print(list(r.rows()))
it = iter(r)
print(next(it), next(it))
print(list(it))
print(list(it))
a, b, *rest = r
print(a, b, rest)
print(dict(enumerate(r)))

class LinkedList:
    def __init__(self, *items):
        self.head = None
        for v in reversed(items):
            self.head = (v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            value, node = node
            yield value
    def __len__(self):
        return sum(1 for _ in self)

ll = LinkedList(1, 2, 3, 4)
print(list(ll), len(ll), max(ll), list(map(str, ll)), list(zip(ll, "abcd")))
