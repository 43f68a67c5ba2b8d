match p:
    case Point():
        pass
    case Point(x=0, y=0):
        pass
    case Point(0, 0):
        pass
    case Point(0, y=0,):
        pass
    case Point(a, b,):
        pass
    case Point(x=a,):
        pass
    case mod.Point(1, 2, z=3, w=[4, 5]):
        pass
    case a.b.C(D(E(f)), g=H()):
        pass
    case int(x) | str(x) | bytes(x):
        pass
    case Point(x=_, y=Point(x=1) as inner) as outer:
        pass
    case match(case=1):
        pass
