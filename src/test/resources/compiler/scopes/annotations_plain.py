def f():
    x = 1
    def g(a: x) -> x:
        pass
    y: (lambda: x) = 2
    z: int
    obj.attr: int
    obj[k]: int
    return g


class C:
    attr: (lambda: 1) = 0
    (paren): int
    other: list[int]
