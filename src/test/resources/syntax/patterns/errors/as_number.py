match x:
    case y as 1 + 2:
        pass
