print(*a = 1)
