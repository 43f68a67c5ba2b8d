match x:
    case y as *z:
        pass
