x = 1
x += 0.5
print(x, type(x).__name__)
x *= 2
print(x, type(x).__name__)
x //= 0.7
print(x)
x **= 0.5
print(x)
x -= True
print(x)
