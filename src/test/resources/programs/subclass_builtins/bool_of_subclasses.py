# Truth of subclass instances: the value's truth unless __bool__ or __len__ says otherwise.
class I(int):
    pass


class S(str):
    pass


class F(float):
    pass


class B(bytes):
    pass


class C(complex):
    pass


class T(tuple):
    pass


class FS(frozenset):
    pass


for v in (I(0), I(2), S(""), S("x"), F(0.0), F(-0.1), B(b""), B(b"\0"), C(0), C(0, 1), T(), T([0]), FS(), FS([0])):
    print(type(v).__name__, repr(v), bool(v), not v, "yes" if v else "no", v or "fallback", v and "both")


class Empty(str):
    def __len__(self):
        return 0


class Never(int):
    def __bool__(self):
        return False


print(bool(Empty("abc")), bool(Never(5)), [x for x in (Empty("a"), Never(1), I(1)) if x], all([I(1), S("a")]), any([I(0), S("")]))
while Never(3):
    print("unreachable")
    break
print(Never(3) and "and", Never(3) or "or", I(1) if Never(9) else I(2))
