d = {i: str(i) for i in range(50000)}
for i in range(0, 50000, 2):
    del d[i]
print(len(d), d[49999], list(d)[:3], sum(d))
d2 = dict.fromkeys(range(1000), 0)
for i in range(10000):
    d2[i % 1000] += i
print(d2[0], d2[999], len(d2))
