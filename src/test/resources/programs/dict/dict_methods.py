d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d, d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, d.copy(), d.copy() is d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
d.clear()
print(d)
assert d == {} and dict.fromkeys("ab", 1) == {"a": 1, "b": 1}
