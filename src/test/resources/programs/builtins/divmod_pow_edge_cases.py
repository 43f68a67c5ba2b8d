print(divmod(0, 5), divmod(-1, 5), divmod(5, -1), divmod(2 ** 70, 3), divmod(-2.5, 1), divmod(1, -0.3))
print(pow(0, 0), pow(0.0, 0), pow(-1, 0.5) if False else "skip", pow(10, -2), pow(3, 4, -5), pow(-3, 3, 5))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(1e15 + 0.5), round(2.675, 2), round(5, 2), round(5.5, None))
