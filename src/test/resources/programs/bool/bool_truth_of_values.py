values = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", " ", [], [[]], (), (0,), {}, {0: 0}, set(), None, range(0), range(1)]
print([bool(v) for v in values])
print([v for v in values if v])
