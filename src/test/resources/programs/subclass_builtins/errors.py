# Error messages name the subclass where CPython does.
class MyInt(int):
    pass


class S(str):
    pass


def attempt(f):
    try:
        print(repr(f()))
    except Exception as exc:
        print(type(exc).__name__ + ":", exc)


attempt(lambda: MyInt(3) + "a")
attempt(lambda: "a" + MyInt(3))
attempt(lambda: S("a") + 1)
attempt(lambda: 1 + S("a"))
attempt(lambda: MyInt(1) < "x")
attempt(lambda: S("x") < 1)
attempt(lambda: MyInt("abc"))
attempt(lambda: MyInt("12", 40))
attempt(lambda: MyInt(1, 2, 3))
attempt(lambda: S(b"\xff", "utf-8"))
attempt(lambda: S(1, 2, 3, 4))
attempt(lambda: "abc"[S("1")])
attempt(lambda: [1, 2][S("0")])
attempt(lambda: MyInt(5) / 0)
attempt(lambda: MyInt(5) % MyInt(0))
attempt(lambda: float.__new__(MyInt, 1.0))
attempt(lambda: int.__new__(S, 1))
attempt(lambda: S("abc").nosuch)
attempt(lambda: MyInt(1).nosuch)
attempt(lambda: int.bit_length(S("x")))
attempt(lambda: str.upper(MyInt(1)))
attempt(lambda: S("x") * S("y"))
attempt(lambda: -S("x"))
attempt(lambda: len(MyInt(3)))
attempt(lambda: MyInt(3)[0])
attempt(lambda: iter(MyInt(3)))
attempt(lambda: hash(type("L", (list,), {})()))
attempt(lambda: "%d" % S("1"))
attempt(lambda: int(S("1.5")))
attempt(lambda: float(S("x")))
attempt(lambda: bytes(S("x")))
attempt(lambda: type("F", (float,), {})("nope"))
