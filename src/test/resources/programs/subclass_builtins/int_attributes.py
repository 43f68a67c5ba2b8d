# Instances of int subclasses carry attributes, properties, methods and class attributes.
class Money(int):
    currency = "EUR"

    @property
    def euros(self):
        return int(self) // 100

    @property
    def cents(self):
        return int(self) % 100

    def __str__(self):
        return f"{self.euros}.{self.cents:02d} {self.currency}"

    def split(self, n):
        return [Money(int(self) // n)] * n


m = Money(1234)
print(m, m.euros, m.cents, m.currency, Money.currency, m.split(2), [str(x) for x in m.split(2)])
m.note = "lunch"
print(m.note, hasattr(m, "note"), getattr(m, "missing", "default"), "note" in vars(m))
del m.note
print(hasattr(m, "note"))
try:
    m.nothing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    (5).note = 1
except AttributeError as exc:
    print("AttributeError:", exc)


class USD(Money):
    currency = "USD"


u = USD(99)
print(u, isinstance(u, Money), isinstance(u, int), type(u).__mro__[1].__name__, u + m, type(u + m).__name__)
print(type(u).__name__, u.__class__ is USD, u.__class__.__name__)
