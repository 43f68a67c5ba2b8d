match x:
    case 10**0:
        pass
