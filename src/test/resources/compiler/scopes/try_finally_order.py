def f():
    try:
        return 1
        a = 1
    finally:
        b = 2


def g(xs):
    for x in xs:
        try:
            if x:
                break
            c = 3
        finally:
            d = lambda: 4
    return x


def h():
    try:
        pass
    except ValueError as err:
        e = err
    else:
        f = 1
    finally:
        g = 2


def star():
    try:
        pass
    except* TypeError as group:
        h = group
    else:
        i = 1
