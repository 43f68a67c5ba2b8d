match if:
    case 1:
        pass
