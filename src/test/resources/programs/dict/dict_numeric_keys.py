d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[2 ** 100] = "big"
d[-0.0] = "zero"
print(d, d[0], d[2.0 ** 100])
print({(1, 2): "t", ("a",): "s"}[(1, 2)])
