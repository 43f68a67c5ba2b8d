table = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(table), table)
print("hello".translate({ord("l"): None, ord("o"): "0"}))
print(str.maketrans({"a": "1"}), "banana".translate(str.maketrans({"a": "A", "n": None})))
