# str subclass instances hash and compare as their text: dict keys, set members, sorting.
class Key(str):
    pass


k = Key("name")
d = {"name": 1, k: 2}
print(d, len(d), d["name"], d[Key("name")], type(list(d)[0]).__name__)
d2 = {k: "from subclass"}
print(d2["name"], "name" in d2, d2.get("name"), Key("other") in d2)
print(hash(k) == hash("name"), k == "name", "name" == k, k != "name", k < "zzz", "a" < k, k >= Key("name"))
s = {"a", "b"}
print(Key("a") in s, {Key("a"), "a"}, len({Key("x"), "x", Key("x")}))
words = [Key("pear"), "apple", Key("fig"), "banana"]
print(sorted(words), sorted(words, key=len), max(words), min(words), sorted(words, reverse=True))
print([type(w).__name__ for w in sorted(words)])
counts = {}
for w in [Key("a"), "a", Key("b"), "a"]:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(dict.fromkeys([Key("x"), "x"]), {**{Key("y"): 1}, "y": 2})


def f(**kw):
    return kw


print(f(**{"p": Key("v")}), dict(a=1)[Key("a")])
