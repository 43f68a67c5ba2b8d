# __prepare__ with a non-dict mapping class: the class body reads and writes go through it.
class Namespace:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Namespace()
    def __new__(mcls, name, bases, ns):
        print([entry for entry in ns.log if not entry[1].startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns.data))
class C(metaclass=Meta):
    a = 1
    b = a + 1
    temp = 0
    del temp
    print_name = len
    size = print_name("abc")
print(C.a, C.b, C.size, hasattr(C, "temp"))
