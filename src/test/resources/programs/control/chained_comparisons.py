x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 <= 1 < 2 <= 2, 3 > 2 > 1 > 0, "a" < "b" < "c")
def v(n):
    print("eval", n)
    return n
print(v(1) < v(0) < v(2))
print(v(1) < v(2) < v(3))
print(1 in [1] in [[1]], 2 not in [1] != False)
