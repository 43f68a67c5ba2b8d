a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
t = tuple(range(6))
print(t[2:] + t[:2], t[-2:] + t[:-2])
nums = (5, 3, 8)
(lo, *_, hi) = sorted(nums)
print(lo, hi)
