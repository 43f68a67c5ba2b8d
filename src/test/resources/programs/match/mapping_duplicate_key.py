class K:
    A = "x"
    B = "x"
    ONE = 1
    TRUE = True


def check(m):
    try:
        match m:
            case {K.A: 1, K.B: 2}:
                return "matched"
            case _:
                return "no match"
    except ValueError as e:
        return "ValueError: " + str(e)


print(check({"x": 1, "y": 2}))
print(check({"a": 1, "b": 2}))  # the first key is missing: no duplicate check reaches the second
print(check({"x": 1}))  # too short: the keys are not even looked up

try:
    match {1: "a", 2: "b"}:
        case {K.ONE: a, K.TRUE: b}:
            print("no")
except ValueError as e:
    print("ValueError:", e)


class L:
    KEY = [1, 2]


try:
    match {1: 2}:
        case {L.KEY: v}:
            print("no")
except TypeError as e:
    print("TypeError:", e)
