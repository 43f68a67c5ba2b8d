# Dunders a str subclass defines win; the others stay str's.
class Shout(str):
    def __str__(self):
        return self.upper() + "!"

    def __repr__(self):
        return f"Shout({str.__repr__(self)})"

    def __len__(self):
        return 99

    def __add__(self, other):
        return Shout(str.__add__(self, other))

    def __getitem__(self, i):
        return "item"

    def __contains__(self, x):
        return True


s = Shout("hi")
print(s, str(s), repr(s), len(s), s + "x", type(s + "x").__name__, s[0], "zzz" in s, f"{s}", f"{s!r}")
print("%s|%r" % (s, s), [s], "{}".format(s), "{!r}".format(s), s.upper(), str.__str__(s), str.__len__(s))
print("x" + s, type("x" + s).__name__, s * 2)


class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self.lower())


c = CaseInsensitive("Hello")
print(c == "HELLO", "hello" == c, c != "x", {c: 1}.get(CaseInsensitive("HELLO")), c in ["hello"], hash(c) == hash("hello"))


class NoHash(str):
    def __eq__(self, other):
        return True


try:
    hash(NoHash("x"))
except TypeError as exc:
    print("TypeError:", exc)
print(NoHash("x") == 5, NoHash.__hash__)
