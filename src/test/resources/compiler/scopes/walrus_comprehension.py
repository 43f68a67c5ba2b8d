def f(data):
    if any((hit := d) > 2 for d in data):
        return hit
    total = [last := x for x in data]
    return total, last


def g(data):
    return [[(inner := y) for y in row] for row in data], inner


def h(data):
    global seen
    return [seen := d for d in data]


module_level = [w := v for v in range(3)]


def lam():
    return lambda data: [(z := d) for d in data]


def walrus_plain():
    (a := 1)
    return a
