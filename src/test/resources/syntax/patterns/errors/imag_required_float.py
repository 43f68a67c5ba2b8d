match x:
    case -1.5 - 2.5:
        pass
