b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b + b"!", b * 2, b"ell" in b, 104 in b)
print(list(b), bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"), bytes(range(5)))
print(type(b).__name__, b == b"hello", b < b"help", b.hex(), bytes.fromhex("41 42"))
