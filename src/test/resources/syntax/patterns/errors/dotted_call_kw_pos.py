match x:
    case m.C(x=[1], *y):
        pass
