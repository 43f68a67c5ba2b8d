# The bytes methods on bytearray return bytearrays; arguments may be any bytes-like object.
line = bytearray(b"  key = value ; other=thing  ")
print(line.strip(), line.split(b";"), line.strip().partition(b"="))
print(line.upper(), line.title(), line.replace(b" ", b""))
print(bytearray(b"a,b,,c").split(b","), bytearray(b"a b  c").split(), bytearray(b"x\ny\r\nz").splitlines(True))
print(bytearray(b"-").join([b"a", bytearray(b"b"), memoryview(b"c")]))
print(bytearray(b"42").zfill(5), bytearray(b"hi").center(6, b"*"), bytearray(b"tab\there").expandtabs(4))
print(bytearray(b"abc").startswith((b"x", bytearray(b"ab"))), bytearray(b"abc").endswith(memoryview(b"bc")))
print(bytearray(b"hello").translate(bytearray.maketrans(b"lo", b"01")), bytearray(b"hello").translate(None, b"l"))
print(bytearray(b"%s=%d (%r)") % (b"n", 5, bytearray(b"q")))
print(bytearray.fromhex("de ad be ef"), bytearray(b"\xde\xad").hex(), bytearray(b"\x01\x02\x03").hex(":", 2))
print(bytearray(b"caf\xc3\xa9").decode(), bytearray("naïve", "utf-8"), bytearray("x", "ascii"))
print(bytearray(b"abc").isalpha(), bytearray(b"ABC").isupper(), bytearray(b"").isspace(), bytearray(b"12").isdigit())
print(98 in bytearray(b"abc"), b"bc" in bytearray(b"abc"), bytearray(b"bc") in b"abc")
print(b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", bytes(bytearray(b"xy")), bytearray(b"ab") * 2)
print(b"abc" == bytearray(b"abc"), bytearray(b"abc") < b"abd", sorted([bytearray(b"b"), b"a", bytearray(b"c")]))
print(repr(bytearray(b"it's")), str(bytearray(b'say "hi"')), ascii(bytearray(b"\xff")))
print(list(bytearray(b"hi")), [x for x in reversed(bytearray(b"abc"))], type(iter(bytearray())).__name__)
print(bytearray(3), bytearray([1, 2, 3]), bytearray(range(65, 70)), bytearray(memoryview(b"mv")))


class Packet(bytearray):
    def checksum(self):
        return sum(self) % 256


p = Packet(b"\x01\x02\x03")
p.append(10)
print(p, p.checksum(), type(p).__name__, isinstance(p, bytearray), p == b"\x01\x02\x03\n")
