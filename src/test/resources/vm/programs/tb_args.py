def two(a, b):
    return a + b


def call():
    return two(1, 2, 3)


call()
