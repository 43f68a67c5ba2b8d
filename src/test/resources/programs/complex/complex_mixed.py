print(1 + 2j + 3, 2.5 * 1j, True + 1j, 1j - 1.0)
total = 0j
for k in range(5):
    total += complex(k, -k)
print(total, sum([1j, 2, 3.5]))
print(abs(3j), abs(-4 + 0j), complex(3, 4).__abs__())
