match x, y:
    case a, b:
        pass
match x,:
    case _:
        pass
match *x, y:
    case _:
        pass
match (x := f()):
    case _:
        pass
match x := f():
    case _:
        pass
match -x:
    case _:
        pass
match not x:
    case _:
        pass
match x if y else z:
    case _:
        pass
match (yield):
    case _:
        pass
match [1, 2]:
    case _:
        pass
match {1: 2}:
    case _:
        pass
match x: 
    case _: pass
match x:
    case 1: pass; pass
    case 2:
        pass
