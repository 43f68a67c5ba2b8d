class Line:
    __match_args__ = ("start", "end")

    def __init__(self, start, end):
        self.start = start
        self.end = end


def kind(line):
    match line:
        case Line((x1, y1), (x2, y2)) if x1 == x2:
            return "vertical"
        case Line((x1, y1), (x2, y2)) if y1 == y2:
            return "horizontal"
        case Line([x1, y1], [x2, y2]):
            return f"slope {(y2 - y1) / (x2 - x1)}"
        case Line(start={"x": x}):
            return "start given as a mapping"
        case _:
            return "unknown"


print(kind(Line((0, 0), (0, 5))))
print(kind(Line((0, 1), (5, 1))))
print(kind(Line((0, 0), (2, 4))))
print(kind(Line({"x": 1}, None)))
print(kind(Line("ab", "cd")))
