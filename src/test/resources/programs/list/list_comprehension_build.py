matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)], [list(col) for col in zip(*matrix)])
flat = [x for row in matrix for x in row if x % 2 == 0]
print(flat)
