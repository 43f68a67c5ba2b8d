cases = [lambda: 1 + "a", lambda: "a" - 1, lambda: 1 < "a", lambda: [] * 2.0, lambda: -"x", lambda: ~1.5, lambda: 5 @ 5]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
