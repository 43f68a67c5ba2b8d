# List, dict and set comprehensions, nested, with filters.
def run(n):
    total = 0
    for r in range(n):
        xs = [i * r for i in range(100)]
        evens = [x for x in xs if x % 2 == 0]
        d = {i: x for i, x in enumerate(evens)}
        s = {x % 13 for x in xs}
        grid = [[i + j for j in range(5)] for i in range(5)]
        total += len(evens) + len(d) + len(s) + grid[4][4]
    return total

print(run(40_000))
