def f(x):
    match x:
        case 1 | 2 | 3:
            return "1-3"
        case [a] | (a, 0) | {"key": a}:
            return f"captured {a!r}"
        case str() | bytes():
            return "text"
        case [1, (2 | 3) as y]:
            return f"y={y}"
        case _:
            return "nothing"


for v in [1, 3, [5], (6, 0), {"key": 7}, "s", b"b", [1, 2], [1, 3], [1, 4], (6, 1)]:
    print(repr(v), f(v))
