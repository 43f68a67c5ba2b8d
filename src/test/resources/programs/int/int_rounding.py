print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7))
print(abs(-5), abs(5), abs(-2 ** 70))
print(int(2.5), int(-2.5), int(1e20), int(-1e-5))
print(10 // 3, -(10 // 3), -10 // 3)
