from sys import exc_info
import sys
counter: int = 0
print(__annotations__)


def bump(x: int, *, y: str = "s") -> None:
    global counter
    counter += x


bump(5)
bump(2)
print(counter, bump.__annotations__)
temp = 1
del temp
try:
    temp
except NameError as e:
    print(e)


def drop():
    global counter
    del counter


drop()
try:
    print(counter)
except NameError as e:
    print(e)
print(exc_info(), sys.exc_info()[0])
s = {*[1, 2], *(2, 3)}
print(sorted(s))
a = [0, 1, 2, 3, 4, 5]
a[1:3] = ["x"]
del a[::2]
print(a, a[-1:], a[:])
first, second = "xy"
print(first, second)
value = 3
print(f"{value:>4}|{value!r:<3}|{'abc'!a}|{value * 2}")
nested = [[1, 2], [3]]
print([x for row in nested for x in row], {k: [v for v in range(k)] for k in range(3)})
print((lambda *a, **k: (a, k))(1, 2, z=3))


def kw_only(*, a, b=2):
    return a, b


print(kw_only(a=1), kw_only(b=3, a=0))
x = 10


def shadow():
    x = 1
    def inner():
        return x
    return inner()


print(shadow(), x)


class Namespace:
    items = [i * 2 for i in range(3)]
    total = 0
    for i in items:
        total += i


print(Namespace.items, Namespace.total, Namespace.i)
print(1 if None else 2, [] or {} or "last", 0 and 1)
chain = 1 < 2 <= 2 != 3
print(chain, not chain)
try:
    raise StopIteration
except StopIteration as e:
    print("stop", repr(e))
for i, (a, b) in enumerate([(1, 2), (3, 4)]) if False else [(0, (1, 2)), (1, (3, 4))]:
    print(i, a + b)
