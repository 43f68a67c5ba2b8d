# Generators hot enough to run compiled: a generator whose own loop moves to compiled code between
# two yields, throw() and close() into a compiled generator, yield from through compiled frames, and a
# coroutine driven by send().
def long_between_yields(n):
    yield "start"
    total = 0
    for i in range(n):
        total += i % 3
    yield total
    try:
        yield "waiting"
    except KeyError as e:
        yield "caught " + repr(e)
    finally:
        print("finally of long_between_yields")


g = long_between_yields(300_000)
print(next(g), next(g), next(g))
print(g.throw(KeyError("k")))
g.close()


def counter(n):
    for i in range(n):
        received = yield i
        if received is not None:
            n += received


def delegate(n):
    result = yield from counter(n)
    return result


totals = []
for round_ in range(300):
    totals.append(sum(delegate(50)))
print(len(totals), totals[0], totals[-1])

c = counter(5)
print(next(c), c.send(3), list(c))


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return total, count
        total += value
        count += 1
        average = total / count


a = averager()
next(a)
for v in range(1, 20_001):
    last = a.send(v)
print(last)
try:
    a.send(None)
except StopIteration as stop:
    print("returned", stop.value)


exits = []


def closing():
    try:
        while True:
            yield 1
    except GeneratorExit:
        exits.append(1)
        raise


for _ in range(200):
    cl = closing()
    next(cl)
    cl.close()
print("GeneratorExit seen", len(exits), "times")


def raises_inside(n):
    for i in range(n):
        yield i
        if i == n - 1:
            raise ValueError("after %d" % i)


try:
    for x in raises_inside(100_000):
        pass
except ValueError as e:
    print("ValueError", e)
