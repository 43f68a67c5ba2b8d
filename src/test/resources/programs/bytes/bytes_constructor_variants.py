print(bytes(), bytes(0), bytes([]), bytes((1, 2)), bytes(b"x"), bytes("abc", "ascii"), bytes("é", "utf-8", "strict"))
try:
    bytes(-1)
except ValueError as e:
    print(e)
try:
    bytes(1.5)
except TypeError as e:
    print(e)
try:
    bytes([1, "a"])
except TypeError as e:
    print(e)
