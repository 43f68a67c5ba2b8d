d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, "z" in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(x=1), dict([("k", "v")]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
