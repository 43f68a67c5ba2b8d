print(format(42), format(42, "5"), format("x", "<3") + "|", format(1.23456, ".3"), format([1, 2]), format(None))
try:
    format([1], "d")
except TypeError as e:
    print(e)
