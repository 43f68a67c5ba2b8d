total_count = 3
print(total_cuont)
