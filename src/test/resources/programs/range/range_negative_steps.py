for args in ((5, 0, -1), (0, 5, -1), (-1, -10, -3), (10, -10, -7)):
    r = range(*args)
    print(args, list(r), len(r), r[::2], list(r[1:]))
