def make(k):
    return [lambda x, i=i: x * i + k for i in range(3)]
print([f(10) for f in make(1)])
x = 5
h = lambda: x
x = 6
print(h())
