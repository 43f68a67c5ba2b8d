data = [((1, 2), "a"), ((3, 4), "b")]
for (x, y), label in data:
    print(label, x + y)
for i, (k, v) in enumerate({"k1": 1, "k2": 2}.items()):
    print(i, k, v)
