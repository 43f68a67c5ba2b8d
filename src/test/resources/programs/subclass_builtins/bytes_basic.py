# A Python subclass of bytes behaves as its bytes; methods and operators give plain bytes.
class B(bytes):
    pass


b = B(b"hello")
print(b, repr(b), type(b).__name__, isinstance(b, bytes), len(b), b[0], b[-1], b[1:3], type(b[1:3]).__name__)
for r in (b + b"!", b"> " + b, b * 2, b.upper(), b.replace(b"l", b"L"), b.strip(b"ho"), bytes(b), b[::-1]):
    print(r, type(r).__name__)
print(b == b"hello", b"hello" == b, hash(b) == hash(b"hello"), {b: 1}[b"hello"], {b"hello": 2}[b], b in {b"hello"})
print(b.decode(), b.hex(), list(b), b.split(b"l"), b.find(b"l"), b"ell" in b, B(b"ell") in b"hello", b.startswith(b"he"))
print(B(), B(3), B([65, 66]), B("hé", "utf-8"), B(b), type(B(b)).__name__, bytes(B(b"q")), bytearray(b))
print(sorted([B(b"b"), b"a", B(b"c")]), b"-".join([B(b"x"), b"y"]), B(b",").join([b"1", b"2"]))
print(b"%s|%b" % (b, b), "%s" % b, str(b), f"{b!r}", int(B(b"12")), float(B(b"1.5")), B.fromhex("41 42"), type(B.fromhex("41")).__name__)


class Tagged(bytes):
    def __new__(cls, data, tag):
        self = super().__new__(cls, data)
        self.tag = tag
        return self

    def __repr__(self):
        return f"Tagged({bytes(self)!r}, {self.tag!r})"


t = Tagged(b"\x00\x01", "raw")
print(repr(t), t.tag, t + b"\x02", len(t), t == b"\x00\x01")
