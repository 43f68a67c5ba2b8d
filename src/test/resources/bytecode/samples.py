# Sample functions compiled by CPython 3.11 for the dev.adder.bytecode differential tests.
import os
from math import sqrt as root


def empty():
    pass


def add(a, b):
    return a + b


def defaults(a, b=1, *args, c, d=2.5, **kw):
    return a, b, args, c, d, kw


def posonly(a, b, /, c, *, d):
    return a - b * c // d


def counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


def param_cell(x, y):
    def get():
        return x
    y = y + 1
    return get, y


def three_levels(a):
    b = a * 2

    def middle(c):
        def inner():
            return a + b + c
        return inner
    return middle


def loops(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        elif i > 100:
            break
        total += i
    else:
        total = -total
    while total > 10:
        total //= 2
    return total


def try_except(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        print("zero", e)
        y = None
    except (TypeError, ValueError):
        y = -1
    else:
        y = y + 1
    finally:
        print("done")
    return y


def try_finally_return():
    try:
        return 1
    finally:
        print("cleanup")


def with_stmt(path):
    with open(path) as f, open(path + ".bak", "w") as g:
        g.write(f.read())
    return None


def comprehensions(xs):
    a = [x * x for x in xs if x]
    b = {x: str(x) for x in xs}
    c = {x for x in xs for y in range(x)}
    d = list(x + 1 for x in xs)
    return a, b, c, d


def fstrings(name, width, value):
    return f"{name!r:>{width}} = {value:.3f} {name!s} {name!a} {value}"


def calls(f, *args, **kwargs):
    f(1, 2, key=3, other="x")
    f(*args)
    f(*args, **kwargs)
    f.method(1, k=2)
    return print(sep="", end="\n")


def compare_chain(a, b, c):
    return a < b <= c != 4 and a is not None or b in c


def unpacking(seq):
    a, b, *rest = seq
    (c, d), e = seq[0], seq[1]
    first, *_ = rest
    return a, b, rest, c, d, e, first


def slices(s):
    return s[1:2], s[::3], s[1:2:3], s[:]


def lambdas():
    f = lambda x, y=2: x * y
    return f(3), sorted([3, 1, 2], key=lambda v: -v)


def generator(n):
    for i in range(n):
        yield i
    yield from range(3)
    return "end"


async def coroutine(session):
    async with session as s:
        async for item in s:
            await item
    return [x async for x in session]


def globals_and_builtins():
    global COUNTER
    COUNTER = len(os.sep)
    return root(COUNTER)


def deletes(d):
    x = 1
    del x
    del d["k"], d.attr
    return d


def conditional_expr(x):
    return "big" if x > 10 else "small" if x > 0 else "neg"


def asserts(x):
    assert x, "x must be true"
    assert isinstance(x, int)


def raises(x):
    if x:
        raise ValueError("bad") from None
    raise


def nested_try(items):
    for item in items:
        try:
            try:
                item()
            except KeyError:
                continue
        except Exception as exc:
            return exc
        finally:
            pass
    return None


def match_stmt(command):
    match command:
        case ["go", direction]:
            return direction
        case {"x": x, **rest}:
            return x, rest
        case Point(x=0, y=yy):
            return yy
        case 1 | 2 | 3:
            return "small"
        case str() as s if s:
            return s
        case _:
            return None


def constants():
    return (1, 2.0, "three", b"four", None, True, (5, (6,)), -7, 10 ** 30, 1e300, "\u20ac\n")


def class_with_closure():
    class C:
        attr = 1

        def method(self):
            return __class__, self.attr

        @property
        def prop(self):
            return super().prop
    return C


def augmented(obj, key):
    obj.attr += 1
    obj[key] -= 2
    obj.x **= 3
    obj.y @= obj
    obj.z >>= 1
    obj.w ^= 0xFF
    return obj


def imports():
    import json, os.path as osp
    from collections import OrderedDict, deque as dq
    from . import sibling
    return json, osp, OrderedDict, dq, sibling


def star_calls(a, b):
    return [*a, *b], {**a, "k": 1}, (*a, 1), {*b}


def default_closure(x):
    def inner(y=x, *, z=x):
        return x + y + z
    return inner


def many_locals():
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = 0
    b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = b8 = b9 = 1
    return a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + b0 + b1 + b2 + b3 + b4 + b5 + b6 + b7 + b8 + b9


def multi_line_expression(a,
                          b):
    return (a
            + b
            * a) if a else [
        b,
        a,
    ]


def long_columns(x):
    return x.this_is_a_very_long_attribute_name_to_push_columns_far_to_the_right_beyond_128_characters.xx + 1


def annotated(a: int, b: "str" = "x") -> list:
    c: int = 1
    return [a, b, c]


def while_true(q):
    while True:
        item = q.get()
        if item is None:
            break
    return q


def mixed_cells(z, y, b):
    a = 1
    c = 2

    def g():
        return a + z + c + b
    return g
