a, b, c = "xyz"
print(a, b, c)
(d, e), f = (1, 2), 3
print(d, e, f)
first, *middle, last = range(6)
print(first, middle, last)
*head, = [1, 2]
print(head)
x = y = z = 0
x += 1
print(x, y, z)
a = b = []
a.append(1)
print(b)
m, n = n, m = 1, 2
print(m, n)
assert (m, n) == (2, 1) and b == [1]
