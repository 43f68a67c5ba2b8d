def make_adder(n):
    return lambda x: x + n

adders = [make_adder(i) for i in range(5)]
print([a(100) for a in adders])
assert adders[4](1) == 5
