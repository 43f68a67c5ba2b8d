total = 0
n = 0
while True:
    n += 1
    if n % 2:
        continue
    total += n
    if total > 100:
        break
print(n, total)
