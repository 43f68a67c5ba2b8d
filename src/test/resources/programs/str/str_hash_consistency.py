a = "hello"
b = "hel" + "lo"
print(a == b, hash(a) == hash(b), {a: 1}[b], len({a, b}))
