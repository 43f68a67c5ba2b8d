match x:
    case {1: a, **r, 2: b}:
        pass
