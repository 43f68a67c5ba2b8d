squares = {n: n * n for n in range(6)}
print(squares)
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({c: "abcabc".count(c) for c in "abc"})
