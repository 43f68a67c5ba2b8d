print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"), len(""))
for bad in (5, None, 1.5):
    try:
        len(bad)
    except TypeError as e:
        print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([1], [2])
except TypeError as e:
    print(e)
