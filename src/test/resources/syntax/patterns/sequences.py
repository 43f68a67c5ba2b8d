match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case (a):
        pass
    case [a, b, *rest]:
        pass
    case [*_, last]:
        pass
    case (first, *_, ):
        pass
    case a, b:
        pass
    case a, *b, c,:
        pass
    case *a, b:
        pass
    case *_,:
        pass
    case [[a, b], (c, d), [*e]]:
        pass
    case ((a)), [(b)]:
        pass
    case [1, 2 | 3, "x" as y]:
        pass
