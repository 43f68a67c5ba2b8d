class K:
    A = "key"
    B = "key"


data = {"key": 1, "other": 2}
match data:
    case {K.A: 1, K.B: 1}:
        print("unreachable")
