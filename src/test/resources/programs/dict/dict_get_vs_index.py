d = {"a": None}
print(d.get("a", "fallback"), d.get("b", "fallback"), "a" in d, d["a"])
print(d.keys() == {"a"}, d.items() == {("a", None)})
