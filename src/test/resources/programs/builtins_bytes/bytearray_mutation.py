# bytearray as a mutable buffer: building, editing and slicing in place.
buf = bytearray()
for word in [b"alpha", b"beta", b"gamma"]:
    buf += word
    buf.append(ord(","))
buf.extend(b"delta")
print(buf, len(buf))

del buf[0:6]
print(buf)
buf[0:4] = b"BETA"
buf[-5:] = bytearray(b"DELTA!")
print(buf, buf.count(b","), buf.find(b"gamma"))

buf.insert(0, 62)
buf.insert(-1, 63)
print(buf.pop(), buf.pop(0), buf)
buf.remove(ord(","))
print(buf)
buf.reverse()
print(buf)
buf.reverse()

# Extended slices.
data = bytearray(range(10))
data[::2] = bytes(5)
print(list(data))
data[1::3] = [7, 7, 7]
print(list(data))
del data[::3]
print(list(data))
data[::-1] = data
print(list(data))

# Repetition in place and copies.
pattern = bytearray(b"ab")
alias = pattern
pattern *= 3
print(pattern, alias is pattern)
copy = pattern.copy()
copy[0] = ord("Z")
print(pattern, copy, copy == pattern, copy > pattern)
pattern.clear()
print(pattern, len(pattern), bool(pattern))

# Errors, with CPython's messages.
attempts = [
    lambda: bytearray(b"x").append(256),
    lambda: bytearray(b"x").pop(3),
    lambda: bytearray().pop(),
    lambda: bytearray(b"x").remove(ord("y")),
    lambda: bytearray(b"xyz").__setitem__(slice(None, None, 2), b"abc"),
    lambda: bytearray(b"xyz").__setitem__(slice(0, 2), 7),
    lambda: bytearray(b"xyz").__setitem__(5, 1),
    lambda: bytearray(b"xyz").__getitem__("k"),
    lambda: bytearray(b"xyz").extend(3),
    lambda: hash(bytearray(b"xyz")),
    lambda: bytearray(b"xyz") + "abc",
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
