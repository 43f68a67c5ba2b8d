# Descriptors defined on a metaclass act on classes; class-level properties and their interplay with the class dict.
class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + "s"
    @property
    def writable(cls):
        return cls._w
    @writable.setter
    def writable(cls, v):
        print("meta property setter", v)
        cls._w = v
class Model(metaclass=Meta):
    _w = 0
class User(Model):
    pass
print(Model.table, User.table, hasattr(User(), "table"))
User.writable = 5
print(User.writable, Model.writable)
class Shadow(metaclass=Meta):
    table = "class attribute loses to the metaclass data descriptor"
print(Shadow.table, Shadow().table)
class NonDataMeta(type):
    def greet(cls):
        return "meta method for " + cls.__name__
class WithGreet(metaclass=NonDataMeta):
    def greet(self):
        return "instance method"
print(WithGreet.greet(WithGreet()), WithGreet().greet(), NonDataMeta.greet(WithGreet))
class Counter:
    def __get__(self, inst, owner):
        return f"Counter.__get__(inst={inst!r}, owner={owner.__name__})"
class M2(type):
    c = Counter()
class K(metaclass=M2):
    pass
print(K.c)
