def m(subject):
    match subject:
        case [a, b, *rest]:
            return a, b, rest
        case {"key": value, **others}:
            return value, others
        case Point(x=px, y=py) as point:
            return px, py, point
        case (1 | 2) as small:
            return small
        case [q, r] | (r, q):
            return q, r
        case str() | bytes():
            return None
        case _ if subject:
            return 0
        case whole:
            return whole


def n(v):
    match v:
        case Color.RED:
            pass
        case {1: one, 2.0: two}:
            return one, two
        case _:
            pass
