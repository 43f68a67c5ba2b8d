print(hash(1), hash(-1), hash(0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2))
print(bool(0), bool(-1), bool(2 ** 100))
print(hash(1) == hash(1.0) == hash(True))
