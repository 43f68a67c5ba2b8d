items = [5, 3, 5, 1, 3, 9, 1]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, sorted(seen), len(seen))
print(list(dict.fromkeys(items)))
