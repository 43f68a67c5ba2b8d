def describe(tree):
    match tree:
        case [left, [inner_l, inner_r]]:
            return f"right-heavy: {left} / ({inner_l}, {inner_r})"
        case [[a, b], c]:
            return f"left-heavy: ({a}, {b}) / {c}"
        case [[[deep]]]:
            return f"deep: {deep}"
        case [(x, y), (x2, y2)] if x == x2:
            return f"vertical segment at x={x}"
        case [a, b]:
            return f"flat pair {a} {b}"
        case _:
            return "unknown"


for t in [[1, [2, 3]], [[1, 2], 3], [[[7]]], [(1, 2), (1, 5)], [(1, 2), (3, 4)], [1, 2], 5]:
    print(t, "->", describe(t))
