xs = [1, 2, 3]
for f in (lambda: xs[3], lambda: xs[-4], lambda: [].pop(), lambda: xs.pop(10), lambda: xs.remove(9), lambda: xs.index(9), lambda: xs["a"], lambda: xs + (1,)):
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
