match x:
    case 1 if lambda x: x
        pass
