match x:
    case y as