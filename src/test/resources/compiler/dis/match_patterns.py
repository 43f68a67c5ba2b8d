def f(x):
    match x:
        case 1 | 2:
            return 'a'
        case [a, *_, b] if a:
            return a
        case {'k': v, **rest}:
            return v
        case Point(x=0, y=yy) as p:
            return p
        case (1, 2, *others):
            return others
        case str() | bytes():
            pass
        case -1 | 1+2j | None | True:
            pass
        case [(a, b) | (b, a)]:
            pass
        case _:
            return None
match y:
    case z:
        pass
