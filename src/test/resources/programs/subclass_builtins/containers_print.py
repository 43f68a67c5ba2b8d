# Subclass instances inside containers: repr, str, print, sorting and membership.
class I(int):
    pass


class R(int):
    def __repr__(self):
        return f"R<{int(self)}>"


class S(str):
    pass


items = [I(1), R(2), S("three"), 4.0, (I(5), S("six"))]
print(items)
print(*items)
print(tuple(items), {S("k"): R(1)}, {I(2), I(2), 2}, set([R(9)]), str(items), repr(R(3)), str(R(3)))
print(R(2) in items, 1 in items, "three" in items, items.index(S("three")), items.count(2))
print(f"{items[1]}", f"{items[1]!r}", "{}".format(items[1]), "%s/%r/%d" % (items[1], items[1], items[1]))
print(sorted([R(3), I(1), 2]), list(map(str, [R(1), I(2), S("x")])), list(map(repr, [R(1), I(2), S("x")])))
print(str([S("a")]), [S("it's")], {S("a"): [I(1)]}, (S('q"'),))
