print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "ab")))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", "a", 2])), type(map(abs, [])).__name__)
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(e)
