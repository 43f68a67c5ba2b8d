print({x % 5 for x in range(20)}, {len(w) for w in ["a", "bb", "cc", "ddd"]})
evens = {n for n in range(10) if n % 2 == 0}
print(evens, sorted(evens ^ set(range(5))))
