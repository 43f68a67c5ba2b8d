def f():
    n = 3
    return [[n * i + j for j in range(n)] for i in range(n)]
print(f())
y = 10
print([y + i for i in range(3)])
