# Indexing a list subclass runs its own __getitem__/__setitem__ (the VM's list fast path is for
# exact lists only), while plain lists keep list semantics.
class Doubling(list):
    def __getitem__(self, i):
        return 2 * list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print("set", i, v)
        list.__setitem__(self, i, v + 100)

d = Doubling([1, 2, 3])
print(d[0], d[-1], [d[i] for i in range(3)])
d[1] = 5
print(list(d), d[1])
d[0] += 1
print(list(d))

class Plain(list):
    pass

p = Plain([4, 5])
p[0] = 9
print(p[0], p[-1], p)

l = [1, 2, 3]
l[0] += 10
l[-1] = l[1] * 2
print(l, l[0], l[-3])
try:
    l[3]
except IndexError as e:
    print("IndexError:", e)
try:
    l[-4] = 0
except IndexError as e:
    print("IndexError:", e)
