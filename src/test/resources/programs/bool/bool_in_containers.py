print(sum([True, True, False, True]), [True, False].count(True), sorted([True, False, True]))
d = {1: "one", True: "true"}
print(d)
print({0, False, 1, True}, len({0, False, 0.0}))
print(max(True, 0), min(False, -1))
