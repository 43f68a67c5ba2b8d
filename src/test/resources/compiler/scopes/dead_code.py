def after_return():
    return 1
    unreachable = lambda: 1


def if_zero():
    if 0:
        dead = lambda: 2
    if False:
        def dead_def():
            pass
    alive = lambda: 3
    return alive


def while_true():
    while True:
        pass
    after = lambda: 4


def while_break(xs):
    while True:
        if xs:
            break
    after = lambda: 5
    return after


def after_raise():
    raise ValueError
    never = lambda: 6


def boolop():
    a = 0 and (lambda: 7)
    b = 1 or (lambda: 8)
    c = 1 and (lambda: 9)
    d = 1 if 0 else (lambda: 10)
    return a, b, c, d


def trailing():
    if not __debug__:
        kept = lambda: 11
    live = lambda: 12
    return live


def try_except():
    try:
        return 1
    except Exception:
        return 2
    tail = lambda: 13


def with_suppress():
    with ctx():
        return 1
    tail = lambda: 14
    return tail


def docstring_keeps():
    "doc"
    raise X
    kept = lambda: 15


def folded_not(x):
    y = ((lambda: x) if (not __debug__) else (lambda: 16)) if None else __debug__
    return y


if 0:
    module_dead = lambda: 17
