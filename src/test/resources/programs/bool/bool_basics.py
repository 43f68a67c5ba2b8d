print(True, False, type(True).__name__, isinstance(True, int), True + True, True * 10, -True, ~True)
print(int(True), str(False), repr(True), bool(), bool(1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]))
print(True == 1, False == 0, True is True, hash(True), hash(False))
