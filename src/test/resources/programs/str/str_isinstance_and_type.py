print(type("x"), type("x") is str, isinstance("x", str), str.__name__, "x".__class__.__name__)
print(str.upper("abc"), str.join(",", ["a", "b"]))
try:
    str.upper(5)
except TypeError as e:
    print(e)
