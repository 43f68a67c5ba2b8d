values = [1, 1.5, "s", "it's", b"b", None, True, [1, "x"], (1,), {"k": "v"}, {1}, frozenset(), range(2), slice(1), 1j, ..., NotImplemented]
for v in values:
    print(str(v), "|", repr(v))
