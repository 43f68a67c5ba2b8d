match = [1, 2]
case = "case"
print(match, case)


def match_fn(match):
    return match * 2


print(match_fn(3))
match match:
    case [1, case]:
        print("case is now", case)

_ = "underscore is a name outside patterns"
print(_)
match (1, 2):
    case (_, _):
        print(_)
