def f():
    xs = [1, 2, 3]
    return [xs for xs in xs]
print(f())
ys = "abc"
print([ys for ys in ys], ys)
