# Cooperative multiple inheritance: super() chains through the MRO with keyword arguments.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__()
class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person")
        super().__init__(**kw)
p = Person(name="ann", age=3, extra=1)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])

class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
class E(C, B):
    pass
print(D().go(), E().go())
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class G(Mixin, D):
    pass
print(G().hello(), G().go(), [c.__name__ for c in G.mro()])
