match x:
    case C(D(a=1, [b, c])):
        pass
