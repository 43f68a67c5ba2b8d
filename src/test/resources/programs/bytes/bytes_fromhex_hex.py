data = bytes(range(0, 256, 17))
print(data.hex(), data.hex(":"), data.hex("-", 2), bytes.fromhex(data.hex()) == data)
print(int.from_bytes(data[:4], "big"), int.from_bytes(data[:4], "little"))
