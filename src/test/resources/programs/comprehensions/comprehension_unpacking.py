pairs = [(1, "a"), (2, "b"), (3, "c")]
print([n for n, _ in pairs], [s * n for n, s in pairs], dict(pairs), {s: n for n, s in pairs})
triples = [(1, (2, 3)), (4, (5, 6))]
print([a + b + c for a, (b, c) in triples], [[*t[1], t[0]] for t in triples])
