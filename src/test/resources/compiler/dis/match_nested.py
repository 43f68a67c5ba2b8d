def f(x):
    match x:
        case (a, b):
            match b:
                case 1:
                    return a
        case _:
            pass
