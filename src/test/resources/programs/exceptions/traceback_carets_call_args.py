def compute(x, y):
    return x * y
total = compute(2, 3) + compute(4, "5") + compute(None, 1)
