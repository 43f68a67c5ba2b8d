import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


print(list(count_up(4)))
g = count_up(2)
print(next(g) if False else g.send(None), g.send(None))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.args)


def echo():
    received = yield "ready"
    while True:
        received = yield "got " + str(received)


e = echo()
print(e.send(None), e.send(1), e.send("x"))
try:
    echo().send(5)
except TypeError as err:
    print(err)


def delegate():
    result = yield from count_up(3)
    print("inner returned", result)
    yield from [10, 20]
    return "outer"


print(list(delegate()))
print(sum_ if False else [x * x for x in (y + 1 for y in range(4))])


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


c = closing()
print(c.send(None))
c.close()
print(list(closing()))


def catcher():
    while True:
        try:
            yield
        except ValueError as err:
            print("caught inside", err)
            yield "recovered"


k = catcher()
k.send(None)
print(k.throw(ValueError("boom")))


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as err:
    print(err, type(err.__cause__))


def handling():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]


h = handling()
print(h.send(None), sys.exc_info()[0], h.send(None))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for v in fib():
    if v > 50:
        break
    out.append(v)
print(out)
gen = (i for i in range(3))
print(gen.__name__, list(gen), list(gen))
