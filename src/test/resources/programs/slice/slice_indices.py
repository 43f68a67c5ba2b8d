for s in (slice(None), slice(2, -2), slice(-100, 100), slice(None, None, -1), slice(5, 1, -2), slice(10, 20)):
    print(s, s.indices(8), list(range(8))[s])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(e)
