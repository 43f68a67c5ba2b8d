def f(xs):
    while (n := len(xs)) > (lambda: 0)():
        xs.pop()
    else:
        done = n
    for i, (j, k) in enumerate(xs):
        pass
    else:
        after = i
    assert all(v for v in xs), [m for m in xs]
    return done, after, j, k


def g(cond):
    if (a := cond) and (b := not cond) or (c := 3):
        pass
    x = [y for y in range(3) if y if y > 0 for z in range(y)]
    return a, b, c, x
