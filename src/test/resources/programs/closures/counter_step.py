def counter(start=0, step=1):
    n = start - step
    def next_value():
        nonlocal n
        n += step
        return n
    return next_value

a = counter()
b = counter(10, 5)
print([a() for _ in range(4)])
print([b() for _ in range(4)])
print(a.__code__.co_freevars)
