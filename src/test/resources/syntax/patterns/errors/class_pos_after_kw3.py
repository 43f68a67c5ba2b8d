match x:
    case a.b.C(a=1, b=2, c, d=4):
        pass
