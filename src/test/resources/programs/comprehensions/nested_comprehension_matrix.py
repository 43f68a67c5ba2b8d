m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row], sum([x for row in m for x in row]))
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
