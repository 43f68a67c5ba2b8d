match x:
    case y if y > 0:
        pass
    case y if (z := y):
        pass
    case y if z := y:
        pass
    case [a, b] if a == b and not a:
        pass
    case _ if lambda: 1:
        pass
    case _ if x if y else z:
        pass
