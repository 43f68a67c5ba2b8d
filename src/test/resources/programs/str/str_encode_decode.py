print("héllo".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), b"h\xc3\xa9".decode())
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"\xffa".decode("utf-8", "replace"))
