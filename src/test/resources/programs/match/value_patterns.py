class Color:
    RED = 1
    GREEN = 2
    BLUE = 3


class Config:
    class Limits:
        LOW = 10
        HIGH = 100


def name(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
        case Config.Limits.LOW:
            return "low"
        case Config.Limits.HIGH:
            return "high"
        case _:
            return "unknown"


for c in [1, 2, 3, 10, 100, 4, 3.0]:
    print(c, name(c))

Color.RED = 10
print("after rebinding:", name(10))


class Weird:
    def __eq__(self, other):
        print("Weird.__eq__ called with", other)
        return True


class Holder:
    W = Weird()


match 5:
    case Holder.W:
        print("matched via __eq__")
