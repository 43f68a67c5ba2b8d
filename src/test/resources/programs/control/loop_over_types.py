for c in "ab":
    print("str", c)
for b in b"AB":
    print("bytes", b)
for k in {"x": 1, "y": 2}:
    print("dict", k)
for k, v in {"x": 1}.items():
    print("items", k, v)
for t in (1, "two"):
    print("tuple", t)
for n in range(2, 8, 3):
    print("range", n)
