# __contains__ (and its fallbacks), __call__, callable().
class Box:
    def __init__(self, *items): self.items = items
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
b = Box(1, 2)
print(1 in b, 3 in b, 3 not in b)
class Truthy:
    def __contains__(self, x): return "yes"
print(1 in Truthy())
class ViaIter:
    def __iter__(self): return iter([5, 6])
print(6 in ViaIter(), 7 in ViaIter())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
add2 = Adder(2)
print(add2(3), add2(3, scale=10), callable(add2), callable(Box), callable(b))
print(list(map(Adder(1), [1, 2, 3])))
try:
    b()
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attr ignored"
try:
    c()
except TypeError as e:
    print("TypeError:", e)
CallAttr.__call__ = lambda self: "class attr used"
print(c())
class Nested:
    __call__ = Adder(100)
print(Nested()(1) if False else "skip")
