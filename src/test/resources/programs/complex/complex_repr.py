for z in (1j, -1j, 0j, 2 + 0j, -0.0 + 1j, complex(1, -0.0), 1e20j, complex(float("inf"), float("nan")), 1.5 - 2.25j):
    print(repr(z), str(z))
