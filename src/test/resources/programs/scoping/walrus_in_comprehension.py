data = [4, 7, 1, 9, 3]
hits = [y for x in data if (y := x * 2) > 6]
print(hits, y)
def f():
    [last := v for v in range(5)]
    return last
print(f())
