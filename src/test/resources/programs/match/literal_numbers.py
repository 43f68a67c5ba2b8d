def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary two"
        case 1 + 2j:
            return "complex"
        case -3 - 4j:
            return "negative complex"
        case _:
            return "other"


for v in [0, 1, 2, 3, -1, 1.5, 2j, 1 + 2j, -3 - 4j, 4, 0.0, 1.0, False, True, 3.0, "1"]:
    print(repr(v), "->", classify(v))

assert classify(0.0) == "zero"  # 0 == 0.0
assert classify(False) == "zero"  # literal patterns compare with ==
assert classify(True) == "small"
