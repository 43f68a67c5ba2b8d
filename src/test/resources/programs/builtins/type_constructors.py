print(int("7"), float("7.5"), str(7), bool(7), complex(7), list("ab"), tuple("ab"), set("aa"), frozenset("b"))
print(dict(a=1), bytes(2), slice(1, 2), range(3), object().__class__.__name__, type(object()).__name__)
print(list(), tuple(), dict(), set(), str(), int(), float(), bool(), complex())
