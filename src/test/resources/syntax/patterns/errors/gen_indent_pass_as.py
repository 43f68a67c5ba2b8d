match x:
    case 1:
        pass
    case y as
