# str subclass instances are accepted wherever str's methods and builtins take a str.
class S(str):
    pass


print("-".join([S("a"), S("b"), "c"]), S(",").join(["x", "y"]), "a,b".split(S(",")), "abc".replace(S("b"), S("B")))
print("abc".startswith(S("a")), "abc".endswith((S("c"), "z")), "abc".find(S("c")), "abcb".count(S("b")))
print("a b".partition(S(" ")), "xxaxx".strip(S("x")), "abc".index(S("b")), "a".center(5, S("-")))
print(S("b") in "abc", S("q") in "abc", "abc".removeprefix(S("a")), "abc".removesuffix(S("c")))
print(int(S("42")), float(S("2.5")), int(S("z"), 36), complex(S("1+2j")), list(map(len, [S("ab"), "c"])))
print("%s=%s" % (S("k"), S("v")), "%-3s|%3s" % (S("a"), S("b")), "%c" % S("z"))
print("{name}".format_map({S("name"): "v"}), "{0}".format(S("pos")), str.upper(S("x")), str.join(S("+"), "ab"))
print(S("a").__eq__("a"), "a".__eq__(S("a")), "a".__lt__(S("b")), str.__add__("a", S("b")), "ab".__contains__(S("a")))
print(bytes(S("hé"), "utf-8"), S("hé").encode("latin-1"), S("x").isidentifier(), "x".isidentifier())
