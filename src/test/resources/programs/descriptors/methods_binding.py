# classmethod, staticmethod, bound methods: __self__, __func__, equality, wrapping any callable.
class K:
    count = 0
    def inst(self, x):
        return ("inst", type(self).__name__, x)
    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)
    @staticmethod
    def sm(x):
        return ("sm", x)

class Sub(K):
    pass
k = Sub()
print(k.inst(1), k.cm(2), k.sm(3), Sub.cm(4), Sub.sm(5), K.inst(k, 6))
m = k.inst
print(m.__self__ is k, m.__func__ is K.inst, m.__name__, m.__qualname__, m == k.inst, m is k.inst)
print(Sub.cm.__self__ is Sub, k.cm.__self__ is Sub, K.__dict__["cm"].__func__.__name__)
print(type(K.__dict__["sm"]).__name__, type(K.__dict__["cm"]).__name__, K.__dict__["sm"].__func__ is K.sm)
print(K.__dict__["sm"](7), callable(K.__dict__["sm"]))
print(repr(m).startswith("<bound method K.inst of <__main__.Sub object at "))
f = K.__dict__["cm"].__get__(None, Sub)
print(f(8))
sm = staticmethod(len)
cm = classmethod(lambda c: c.__name__)
class Holder:
    length = sm
    name = cm
print(Holder.length("abcd"), Holder().name())
print(K.sm.__name__, K.__dict__["sm"].__wrapped__ is K.sm)
try:
    K.inst()
except TypeError as e:
    print("TypeError:", e)
def free(self):
    return "free:" + type(self).__name__
K.free = free
print(k.free(), K.free(1))
k.own = lambda: "instance functions do not bind"
print(k.own())
print(hash(k.inst) == hash(k.inst), k.inst != Sub().inst)
