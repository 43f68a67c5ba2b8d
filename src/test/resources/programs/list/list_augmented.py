xs = [1]
ys = xs
xs += [2, 3]
print(xs, ys, xs is ys)
xs *= 2
print(ys)
xs = xs + [0]
print(xs, ys, xs is ys)
xs += "ab"
print(xs)
try:
    xs = [1] + "ab"
except TypeError as e:
    print(e)
