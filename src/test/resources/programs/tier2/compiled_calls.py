# Functions called often enough to run compiled: arguments of every kind, closures shared with
# code still in the dispatch loop, exceptions crossing compiled and interpreted frames, locals(),
# unbound locals, and recursion (RecursionError, then deep recursion past the compiled frames).
import sys


def make_counter():
    count = 0

    def inc(step=1, *, twice=False):
        nonlocal count
        count += step * (2 if twice else 1)
        return count

    def peek():
        return count
    return inc, peek


inc, peek = make_counter()
for i in range(3000):
    inc()
    inc(2, twice=True)
print(peek(), inc.__closure__[0].cell_contents)


def kinds(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a + b + c + d + e + sum(args) + sum(kw.values())


total = 0
for i in range(2000):
    total += kinds(i, d=1)
    total += kinds(1, 2, 3, 4, 5, d=6, z=7)
    total += kinds(*(1, 2), **{"d": 3, "q": 4})
print(total)


def may_fail(i):
    if i % 500 == 499:
        raise ZeroDivisionError(i)
    return i


def calls_may_fail(n):
    ok = failed = 0
    for i in range(n):
        try:
            may_fail(i)
            ok += 1
        except ZeroDivisionError:
            failed += 1
    return ok, failed


print(calls_may_fail(5000))


def with_locals(x):
    y = x * 2
    return sorted(locals().items())


for i in range(1000):
    r = with_locals(i)
print(r)


def unbound(flag):
    if flag:
        value = 1
    return value


for i in range(1000):
    unbound(True)
try:
    unbound(False)
except UnboundLocalError as e:
    print(e)


def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)


for i in range(300):
    recurse(20)
try:
    recurse(5000)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(60_000)
print(recurse(50_000))
