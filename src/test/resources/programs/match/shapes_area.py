class Rect:
    __match_args__ = ("w", "h")

    def __init__(self, w, h):
        self.w, self.h = w, h


class Circle:
    __match_args__ = ("r",)

    def __init__(self, r):
        self.r = r


class Triangle:
    __match_args__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c


def area(shape):
    match shape:
        case Rect(w, h) if w == h:
            kind = "square"
            result = w * w
        case Rect(w, h):
            kind = "rectangle"
            result = w * h
        case Circle(r):
            kind = "circle"
            result = 3 * r * r
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            kind = "triangle"
            result = round((s * (s - a) * (s - b) * (s - c)) ** 0.5, 3)
        case _:
            raise TypeError(f"not a shape: {shape!r}")
    return kind, result


shapes = [Rect(2, 2), Rect(2, 3), Circle(1), Triangle(3, 4, 5)]
total = 0
for s in shapes:
    kind, a = area(s)
    total += a
    print(kind, a)
print("total", total)
assert area(Rect(1, 1)) == ("square", 1)
try:
    area("circle")
except TypeError as e:
    print(e)
