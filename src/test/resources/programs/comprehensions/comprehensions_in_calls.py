print(sum([x * x for x in range(10)]), max([len(w) for w in ["a", "abc", "ab"]]), any([x > 5 for x in [1, 7]]))
print(sorted([x % 4 for x in range(10)], reverse=True), "".join([str(d) for d in range(5)]), tuple([c for c in "hi"]))
print(min([(abs(x - 3.3), x) for x in range(10)]), dict([(k, v) for k, v in zip("ab", (1, 2))]))
