match x:
    case [1, 2] as z | (3 as z):
        pass
