print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~5, ~-1)
print(1 << 10, 1 << 70, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(-5 & 0xFF, -5 | 2, (2 ** 70) & (2 ** 70 - 1), (2 ** 70) ^ -1)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
assert (1 << 64) >> 64 == 1 and ~0 == -1 and -1 & 0xFFFF == 65535
