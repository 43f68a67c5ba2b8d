total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
s = 0.0
for _ in range(10):
    s += 0.1
print(s, sum([0.1] * 10))
print(sum([1e100, 1.0, -1e100]))
