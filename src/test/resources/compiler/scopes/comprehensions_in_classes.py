class K:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    nested = [[a * b for a in items] for b in range(3)]
    pairs = {k: v for k, v in zip(items, items)}
    gen = (w for w in items if w)
    sets = {s for s in items}


def f(data):
    return [[x + y for x in data] for y in data], {z for z in data}, (g for g in data)


def closure_in_comp(n):
    return [lambda: i + n for i in range(n)]
