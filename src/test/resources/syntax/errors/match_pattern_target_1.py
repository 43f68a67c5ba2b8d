match x:
    case x as 1:
        pass
