def f():
    results = []
    for i in range(3):
        results.append(lambda: i)
    return [r() for r in results], i
print(f())
def g():
    total = 0
    for total in range(5):
        pass
    return total
print(g())
