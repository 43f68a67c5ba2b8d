match x:
    case [1, (2 as _)]:
        pass
