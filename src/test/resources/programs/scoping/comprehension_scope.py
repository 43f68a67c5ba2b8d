x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)
d = {x: x for x in "ab"}
print(d, x)
s = sorted({x % 3 for x in range(10)})
print(s, x)
assert x == "outer x" and squares[-1] == 16
