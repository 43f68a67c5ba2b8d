match x:
    case {:
        pass
