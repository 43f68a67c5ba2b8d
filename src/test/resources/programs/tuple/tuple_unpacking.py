a, b = 1, 2
a, b = b, a
print(a, b)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = "abcd"
print(init, last)
x, (y, z), *_ = [1, (2, 3), 4, 5]
print(x, y, z, _)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
assert (first, rest, last) == (1, [2, 3, 4], "d")
