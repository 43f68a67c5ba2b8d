match x:
    case {3 - 3: y}:
        pass
