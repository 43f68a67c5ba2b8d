# __new__ overrides of str subclasses (normalising the text, keeping extra state).
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, str(text).upper())


u = Upper("abc")
print(u, type(u).__name__, u == "ABC", u.lower(), Upper(12))


class Tagged(str):
    def __new__(cls, text, tag="plain"):
        self = str.__new__(cls, text)
        self.tag = tag
        return self

    def __repr__(self):
        return f"Tagged({str(self)!r}, tag={self.tag!r})"


t = Tagged("x", tag="bold")
print(t, repr(t), t.tag, t + "y", [t], Tagged("z").tag)


class Path(str):
    sep = "/"

    def __new__(cls, *parts):
        return super().__new__(cls, cls.sep.join(p.strip(cls.sep) for p in parts))

    def __truediv__(self, other):
        return Path(self, other)

    @property
    def name(self):
        return self.rsplit(self.sep, 1)[-1]


p = Path("usr", "local") / "bin"
print(p, type(p).__name__, p.name, p.split("/"), p.startswith("usr"), len(p))
print(str.__new__(Upper, "q"), type(str.__new__(Upper, "q")).__name__)
try:
    str.__new__(int)
except TypeError as exc:
    print("TypeError:", exc)
