class Base:
    __match_args__ = ("a",)
    a = "base a"


class Derived(Base):
    __match_args__ = ("a", "b")
    b = "derived b"


try:
    match Derived():
        case Base(x, y):
            print(x, y)
except TypeError as e:
    print("TypeError:", e)

match Derived():
    case Derived(x, y):
        print(x, y)

match Derived():
    case Base(x):
        print("Base pattern, derived subject:", x)
