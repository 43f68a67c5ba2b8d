for v in [True, False, 1, 0, 1.0]:
    match v:
        case bool():
            print(repr(v), "bool")
        case int():
            print(repr(v), "int")
        case float():
            print(repr(v), "float")

for v in [True, 1]:
    match v:
        case int(1):
            print(repr(v), "matches int(1) (True == 1)")

match True:
    case 1:
        print("True matches the literal 1")

match 1:
    case True:
        print("no")
    case _:
        print("1 does not match True (identity)")
