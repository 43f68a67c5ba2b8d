# Integer arithmetic in while/for loops (small ints, then some beyond 64 bits).
def run(n):
    acc = 0
    i = 0
    while i < n:
        acc = (acc * 31 + i) % 1_000_000_007
        if i & 1:
            acc ^= i
        i += 1
    big = 1
    for k in range(1, 2000):
        big = big * k % (2 ** 127 - 1)
    return acc, big

print(run(7_000_000))
