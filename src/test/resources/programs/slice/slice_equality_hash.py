print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2, 1) == slice(1, 2))
print(slice(1, 2) < slice(1, 3), repr(slice("a", [1], None)))
try:
    hash(slice(1, 2))
except TypeError as e:
    print(e)
