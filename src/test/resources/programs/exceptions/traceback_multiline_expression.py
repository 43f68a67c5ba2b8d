def f(n):
    return [1, 2][n]
x = (
    f(0) +
    f(5)
)
