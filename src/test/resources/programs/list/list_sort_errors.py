try:
    [1, "a", 2].sort()
except TypeError as e:
    print(e)
try:
    sorted([[1], (1,)])
except TypeError as e:
    print(e)
print(sorted([3, 1.5, True]))
