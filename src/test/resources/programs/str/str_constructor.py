print(str(), str(123), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(b"ab", "ascii"), str((1,)))
print(repr(str("x")), str(True), str({"k": [1]}))
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(e)
