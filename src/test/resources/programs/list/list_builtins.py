xs = [4, 8, 15, 16, 23, 42]
print(sum(xs), max(xs), min(xs), sorted(xs, reverse=True), list(reversed(xs)), len(xs))
print(any([x > 40 for x in xs]), all([x % 2 == 0 for x in xs]), list(enumerate(xs[:3])), list(zip(xs, "abc")))
print(list(map(str, xs)), list(filter(lambda x: x % 2, xs)))
