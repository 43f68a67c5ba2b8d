total = 0
for byte in b"\x01\x02\xff":
    total += byte
print(total, sum(b"abc"), max(b"abc"), sorted(b"cab"), [hex(x) for x in b"\x10\x20"])
print(b"abc"[0:1], b"abc"[0], bytes(b"abc"[::-1]))
