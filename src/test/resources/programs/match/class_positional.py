class Vector:
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z=0):
        self.x, self.y, self.z = x, y, z


def show(v):
    match v:
        case Vector(0, 0, 0):
            return "zero vector"
        case Vector(x, 0, 0):
            return f"along x: {x}"
        case Vector(x, y, z=0):
            return f"planar: {x}, {y}"
        case Vector(x, y, z):
            return f"3d: {x}, {y}, {z}"


print(show(Vector(0, 0)))
print(show(Vector(4, 0)))
print(show(Vector(1, 2)))
print(show(Vector(1, 2, 3)))

match Vector(1, 2, 3):
    case Vector(a):
        print("one positional uses the first name:", a)

match Vector(7, 8, 9):
    case Vector(a, b, z=c):
        print("mixed:", a, b, c)
