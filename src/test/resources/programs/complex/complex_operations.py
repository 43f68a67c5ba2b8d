a = 1 + 1j
b = 2 - 3j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, 2 ** a)
print(a == 1 + 1j, a != b, a == 1, (1 + 0j) == 1, hash(1 + 0j) == hash(1))
print(pow(1j, 2), (1j) ** 3)
