d = {}
for k in ["zeta", "alpha", "mid", "alpha"]:
    d[k] = len(d)
print(d)
del d["zeta"]
d["zeta"] = "back"
print(d, list(d))
d["alpha"] = "updated"
print(d)
assert list(d) == ["alpha", "mid", "zeta"]
