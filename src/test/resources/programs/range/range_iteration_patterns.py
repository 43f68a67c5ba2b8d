total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print(total)
print([i for i in range(20) if all([i % d for d in range(2, i)]) and i > 1])
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8), start=1)))
