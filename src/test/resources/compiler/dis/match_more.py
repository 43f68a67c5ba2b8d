match x:
    case [*y]:
        pass
    case [1, *z]:
        pass
    case {"a": 1, **kw}:
        pass
    case C(1, b=2) if b:
        pass
