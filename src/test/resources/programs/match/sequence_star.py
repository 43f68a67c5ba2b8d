def parts(seq):
    match seq:
        case [first, *middle, last]:
            return first, middle, last
        case [only, *rest]:
            return only, rest
        case [*everything]:
            return everything


print(parts([1, 2, 3, 4, 5]))
print(parts([1, 2]))
print(parts((9,)))
print(parts([]))
print(parts(range(4)))


def ends(seq):
    match seq:
        case [*_, 0]:
            return "ends with zero"
        case [0, *_]:
            return "starts with zero"
        case [_, *_, _]:
            return "at least two"
        case [*_]:
            return "short"


for s in [[1, 0], [0, 1], [1, 2, 3], [1], [], (0,)]:
    print(s, ends(s))

match [1, 2, 3, 4, 5, 6]:
    case [1, 2, *rest, 5, 6]:
        print("rest is a list:", rest, type(rest).__name__)

match (1, 2, 3):
    case (*init, last):
        print("from a tuple, init is still a list:", init, last)
