print(repr(range(5)), str(range(2, 7, 1)), repr(range(0, -4, -2)), bool(range(0)), bool(range(1)))
print(type(range(1)).__name__, min(range(4, 9)), max(range(4, 9)), sorted(range(3), reverse=True))
