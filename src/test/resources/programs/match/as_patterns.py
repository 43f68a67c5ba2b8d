def g(x):
    match x:
        case [int() as first, *rest] as whole:
            return first, rest, whole
        case (1 | 2) as small:
            return "small", small
        case {"k": [_, _] as pair} as d:
            return "pair", pair, len(d)
        case str() as s if len(s) > 2:
            return "long str", s
        case _ as anything:
            return "anything", anything


print(g([1, 2, 3]))
print(g((7,)))
print(g(2))
print(g({"k": (3, 4), "z": 0}))
print(g("abcd"))
print(g("ab"))
print(g(None))
