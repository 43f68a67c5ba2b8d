class K:
    ZERO = 0
    NAME = "name"


def look(m):
    match m:
        case {0: zero, None: none}:
            return ("zero/none", zero, none)
        case {True: t}:
            return ("true", t)
        case {K.NAME: n, 1.5: f}:
            return ("name/float", n, f)
        case {b"raw": r}:
            return ("bytes", r)
        case {-1: neg}:
            return ("neg", neg)
        case _:
            return "none"


print(look({0: "z", None: "n"}))
print(look({1: "one"}))  # True == 1
print(look({"name": "x", 1.5: "f"}))
print(look({b"raw": 1}))
print(look({-1: "m"}))
print(look({0: "only zero"}))
