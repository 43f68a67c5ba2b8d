a = [1, [2, 3]]
b = a
c = a.copy()
d = a[:]
e = list(a)
a.append(4)
a[1].append(5)
print(a, b, c, d, e)
print(a is b, a is c, a[1] is c[1])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
