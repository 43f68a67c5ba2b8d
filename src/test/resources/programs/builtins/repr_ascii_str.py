print(repr("a'b"), ascii("ñ"), repr([1, "x"]), ascii(["ñ"]), str(b"x"), repr(None), repr(...), repr(1e100))
print(repr(1.0), repr(-0.0), repr(10 ** 20), repr(float("inf")), repr((1,)), repr(set()), repr({}))
