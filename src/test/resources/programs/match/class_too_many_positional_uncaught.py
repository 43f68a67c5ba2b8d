class Pair:
    __match_args__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def unpack(p):
    match p:
        case Pair(a, b, c):
            return a, b, c


print(unpack(Pair(1, 2)))
