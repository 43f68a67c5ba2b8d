match x:
    case y as None:
        pass
