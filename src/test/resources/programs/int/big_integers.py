a = 2 ** 100
print(a, a + 1, a * a)
print(a // 3, a % 7, -a // 7)
print(3 ** 200 % 1000007)
print(factorial := 1)
for i in range(1, 40):
    factorial *= i
print(factorial, len(str(factorial)))
print(2 ** 63, 2 ** 63 - 1, -2 ** 63, 2 ** 64 // 2 ** 32)
print((2 ** 64) - (2 ** 64 - 1), type(2 ** 64 - 2 ** 64))
assert 2 ** 64 == 18446744073709551616 and (2 ** 100) // (2 ** 99) == 2 and -(2 ** 63) - 1 < -(2 ** 63)
