match x:
    case x as a.b:
        pass
