words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words})
print(sorted({len(w) for w in words}), {w[0]: len(w) for w in words})
print({i: {j: i * j for j in range(3)} for i in range(2)})
