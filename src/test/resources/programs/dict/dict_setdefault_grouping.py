pairs = [("fruit", "apple"), ("veg", "kale"), ("fruit", "fig"), ("nut", "pecan"), ("veg", "leek")]
index = {}
for kind, name in pairs:
    index.setdefault(kind, []).append(name)
for kind in sorted(index):
    print(kind, ",".join(sorted(index[kind])))
