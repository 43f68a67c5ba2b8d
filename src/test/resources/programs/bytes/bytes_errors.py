for f in (lambda: b"a" + "b", lambda: bytes([256]), lambda: bytes("x"), lambda: b"abc"[5], lambda: b"x".join(["y"]), lambda: bytes.fromhex("zz")):
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    b = b"abc"
    b[0] = 1
except TypeError as e:
    print(e)
