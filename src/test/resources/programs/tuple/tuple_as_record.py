people = [("ann", 31), ("bob", 25), ("cid", 31)]
for name, age in sorted(people, key=lambda p: (-p[1], p[0])):
    print(f"{name:>5} {age}")
oldest = max(people, key=lambda p: p[1])
print(oldest, [n for n, a in people if a > 30])
