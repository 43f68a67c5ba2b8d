xs = list(range(10))
xs[slice(0, 3)] = ["x"]
print(xs)
del xs[slice(None, None, 2)]
print(xs)
xs[slice(1, 3)] = "ab"
print(xs)
