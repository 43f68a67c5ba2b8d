xs = list(range(100000))
print(sum(xs), xs[-1], len(xs * 3), sum(xs[::1000]))
xs.reverse()
print(xs[:3], sorted(xs)[:3])
ys = [i * i % 1000 for i in range(10000)]
ys.sort()
print(ys[:5], ys[-5:], len(set(ys)))
