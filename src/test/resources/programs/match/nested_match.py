def describe(x):
    match x:
        case (kind, payload):
            match kind:
                case "num":
                    match payload:
                        case int() | float():
                            return f"number {payload}"
                        case _:
                            return "bad number"
                case "text":
                    return f"text {payload!r}"
                case _:
                    return f"unknown kind {kind}"
        case _:
            return "malformed"


for x in [("num", 1), ("num", 2.5), ("num", "x"), ("text", "t"), ("pic", None), 42]:
    print(describe(x))
