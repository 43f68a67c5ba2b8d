class Shape:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class Circle(Shape):
    __match_args__ = ("name", "radius")

    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side


def area(s):
    match s:
        case Circle(_, r):
            return round(3.14159 * r * r, 2)
        case Square(side=a):
            return a * a
        case Shape(n):
            return f"unknown shape {n}"


print(area(Circle(2)))
print(area(Square(3)))
print(area(Shape("blob")))

match Square(4):
    case Shape(name):
        print("inherited __match_args__:", name)

try:
    match Circle(1):
        case Square():
            print("no")
        case Shape(n, r):
            print("no")
except TypeError as e:
    print("__match_args__ comes from the pattern's class:", e)
