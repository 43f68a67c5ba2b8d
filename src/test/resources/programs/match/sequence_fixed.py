def point(p):
    match p:
        case []:
            return "empty"
        case [x]:
            return f"1d {x}"
        case [x, y]:
            return f"2d {x},{y}"
        case (x, y, z):
            return f"3d {x},{y},{z}"
        case _:
            return "too long"


for p in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1, 2, 3, 4], range(2), range(5)]:
    print(p, "->", point(p))

# [x] and (x) are both sequence patterns; (x) alone is a group
match [5]:
    case (x):
        print("parenthesised capture", x)
