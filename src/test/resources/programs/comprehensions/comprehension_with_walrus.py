values = [3, 8, 1, 12, 5]
print([(v, d) for v in values if (d := v * 2) > 6])
total = 0
print([total := total + v for v in values], total)
