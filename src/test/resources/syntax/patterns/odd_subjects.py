match(x):
    case 1:
        pass
match[x]:
    case 1:
        pass
match{x}:
    case 1:
        pass
match -x, *y, (z):
    case 1:
        pass
match x or y and not z:
    case 1:
        pass
match await_ if x else lambda: y:
    case 1:
        pass
match x,y,:
    case 1:
        pass
match"string":
    case"string":pass
match match.match:
    case case.case: pass
match _:
    case _ if _: pass
