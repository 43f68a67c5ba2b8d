class Meta(type):
    def __instancecheck__(cls, instance):
        print("__instancecheck__", cls.__name__, type(instance).__name__)
        return isinstance(instance, int) and instance > 10


class BigNumber(metaclass=Meta):
    pass


for n in [5, 50, "x"]:
    match n:
        case BigNumber():
            print(n, "is big")
        case _:
            print(n, "is not big")


class Duck:
    __match_args__ = ("real", "imag")


class DuckMeta(type):
    def __instancecheck__(cls, instance):
        return hasattr(instance, "real")


class Numberish(metaclass=DuckMeta):
    __match_args__ = ("real", "imag")


match 3 + 4j:
    case Numberish(r, i):
        print("duck-typed:", r, i)

match 7:
    case Numberish(r, i):
        print("int has real and imag too:", r, i)
