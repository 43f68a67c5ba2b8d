def f(a):
    return [a + i for i in range(3)]
