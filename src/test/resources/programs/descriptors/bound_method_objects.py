# Bound method objects: identity vs equality, reprs, __func__ attributes, binding to classes, calling unbound.
class K:
    def m(self, x=1):
        "method doc"
        return x * 2
    @classmethod
    def c(cls):
        return cls
k1, k2 = K(), K()
print(k1.m == k1.m, k1.m is k1.m, k1.m == k2.m, K.m is K.m, k1.m.__func__ is k2.m.__func__)
print(k1.m.__name__, k1.m.__qualname__, k1.m.__doc__, k1.m.__module__)
print(repr(K.c).startswith("<bound method K.c of <class '__main__.K'>>"), type(K.c).__name__)
print(K.m(k1, 5), k1.m(x=4), K.c() is K, k1.c() is K)
meth = k1.m
del K.m
print(meth(3))
try:
    k1.m
except AttributeError as e:
    print("AttributeError:", e)
d = {k1.c: "class-bound", k2.c: "same key"}
print(len(d))
def plain(self):
    return "plain on " + type(self).__name__
K.p = plain
bm = k1.p
print(bm(), bm.__self__ is k1, bm.__func__ is plain, type(bm).__name__)
print(sorted(x for x in ["__self__", "__func__"] if hasattr(bm, x)))
try:
    bm.new_attr = 1
except AttributeError as e:
    print("AttributeError:", e)
plain.tag = "function attribute"
print(bm.tag)
