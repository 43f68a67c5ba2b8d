d = {"a": 1}
print(d.values() == d.values(), list(d.values()) == [1])
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), min({"b": 1, "a": 2}))
