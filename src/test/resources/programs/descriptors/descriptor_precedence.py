# Attribute lookup order: data descriptor on type > instance dict > non-data descriptor > class attr > __getattr__.
log = []
class DataD:
    def __get__(self, i, o):
        log.append("data get")
        return "data"
    def __set__(self, i, v):
        log.append("data set")
class NonDataD:
    def __get__(self, i, o):
        log.append("nondata get")
        return "nondata"
class C:
    d = DataD()
    n = NonDataD()
    plain = "class attr"
    def __getattr__(self, name):
        log.append("getattr " + name)
        return "fallback"
c = C()
c.__dict__.update(d="inst d", n="inst n", plain="inst plain")
print(c.d, c.n, c.plain, c.missing)
del c.__dict__["n"], c.__dict__["plain"]
print(c.n, c.plain)
c.d = 1
print(log)

class Base:
    attr = NonDataD()
class Derived(Base):
    attr = "plain override"
print(Derived().attr, Base().attr)
class Derived2(Base):
    attr = DataD()
x = Derived2()
x.__dict__["attr"] = "shadow"
print(x.attr)
class OnType:
    x = DataD()
print(OnType.x)
OnType.x = "replaced on the class"
print(OnType.x, OnType().x)
