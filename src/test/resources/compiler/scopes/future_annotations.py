from __future__ import annotations


def f():
    x = 1
    def g(a: x, *args: x, **kw: x) -> x:
        y: x = 2
        return a
    return g


class C:
    attr: int = 0
    other: list[int]
