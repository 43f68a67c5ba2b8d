match x:
    case {0 + 0: 1}:
        pass
