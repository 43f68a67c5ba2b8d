match x:
    case 1 as match:
        pass
    case 1 as case as _:
        pass
