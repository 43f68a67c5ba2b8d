print(hash(b"abc") == hash(b"abc"), b"abc" == "abc", b"" < b"\x00", sorted([b"b", b"a", b"ab"]))
d = {b"k": 1}
print(d[b"k"], b"k" in d, "k" in d)
