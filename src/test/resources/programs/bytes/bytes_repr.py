for b in (b"", b"abc", b"'", b'"', b"'\"", b"\x00\x7f\x80\xff", b"\t\n\r", b"\\"):
    print(repr(b), str(b))
