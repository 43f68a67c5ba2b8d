for v in (1.0, 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, -0.0, 1e22, 1.5e-7, 100.0, 3.14159):
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
