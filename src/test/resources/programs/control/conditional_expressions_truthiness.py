values = [0, "", [], None, "0", [0], 0.0, -1]
for v in values:
    print(repr(v), "truthy" if v else "falsy", bool(v) == (not not v))
