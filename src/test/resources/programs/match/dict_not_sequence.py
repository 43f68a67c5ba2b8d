def kind(x):
    match x:
        case [*_]:
            return "sequence"
        case {**kw}:
            return "mapping with " + str(len(kw))
        case _:
            return "neither"


for x in [[], (), {}, {"a": 1}, set(), "", b"", range(0), 0, None]:
    print(repr(x), kind(x))
