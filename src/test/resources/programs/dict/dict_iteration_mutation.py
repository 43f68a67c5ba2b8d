d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2, 3: 3}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
