d = {"a": 1, "b": 2, "c": 3}
keys = d.keys()
values = d.values()
items = d.items()
d["d"] = 4
print(keys, values, items)
print(len(keys), "a" in keys, 2 in values, ("b", 2) in items, ("b", 3) in items)
print(keys & {"a", "z"}, sorted(keys | {"z"}), sorted(keys - {"a"}), type(keys).__name__)
print(list(reversed(d)), list(reversed(d.items())))
