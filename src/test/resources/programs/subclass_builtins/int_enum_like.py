# Enum-like int subclasses: named constants that still compare, hash and index as ints.
class Color(int):
    _names = {}

    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        cls._names[value] = self
        return self

    def __repr__(self):
        return f"<Color.{self.name}: {int(self)}>"

    def __str__(self):
        return f"Color.{self.name}"

    @classmethod
    def lookup(cls, value):
        return cls._names[value]


Color.RED = Color(1, "RED")
Color.GREEN = Color(2, "GREEN")
Color.BLUE = Color(3, "BLUE")
print(Color.RED, repr(Color.GREEN), Color.BLUE == 3, Color.lookup(2) is Color.GREEN)
print(sorted([Color.BLUE, Color.RED, Color.GREEN]), [c.name for c in sorted([Color.BLUE, Color.RED])])
print(["zero", "one", "two", "three"][Color.BLUE], Color.RED | Color.GREEN, Color.RED + 0)
print({Color.RED: "r"}[1], {1: "one"}[Color.RED], f"{Color.RED}", f"{Color.RED:d}", f"{Color.RED!r}")
print("%d %s %r" % (Color.RED, Color.RED, Color.RED))


class Flag(int):
    def __or__(self, other):
        return Flag(int(self) | int(other))

    def __repr__(self):
        return f"Flag({int(self):#06b})"


READ, WRITE = Flag(1), Flag(2)
print(READ | WRITE, repr(READ | 4), 4 | READ, (READ | WRITE) & WRITE, type((READ | WRITE) & WRITE).__name__)
