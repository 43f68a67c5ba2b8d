# List and dict work: appends, indexing, sorting, dict updates and lookups.
def run(n):
    xs = []
    for i in range(n):
        xs.append((i * 7919) % 10007)
    xs.sort()
    counts = {}
    for x in xs:
        key = x % 1000
        counts[key] = counts.get(key, 0) + 1
    total = 0
    for k in range(1000):
        total += counts[k] * k
    pairs = [(v, k) for k, v in counts.items()]
    pairs.sort(reverse=True)
    squares = {i: i * i for i in range(n // 10)}
    hits = 0
    for i in range(0, n, 3):
        if i in squares:
            hits += squares[i] % 11
    return total, pairs[0], hits, xs[n // 2]

print(run(1_400_000))
