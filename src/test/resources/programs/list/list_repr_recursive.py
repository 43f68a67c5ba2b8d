xs = [1, 2]
xs.append(xs)
print(xs, len(xs))
print([[], [[]], ["s", 1.0, None, True]])
