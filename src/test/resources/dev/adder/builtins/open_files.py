# open() and file objects, run by OpenDifferentialTest under python3 and Adder with a temporary directory.

import sys
D = sys.argv[1]
p = D + "/data.txt"
with open(p, "w") as f:
    print(repr(f).replace(p, "P"), f.mode, f.encoding, f.name == p, f.closed)
    print(f.write("hello\nworld\r\nthird"), file=None)
    f.writelines(["\nx", "y\n"])
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    for line in f:
        print(repr(line))
with open(p, newline="") as f:
    print(repr(f.read()))
with open(p, "rb") as f:
    print(repr(f).replace(p, "P"), f.mode)
    print(f.read(3), f.tell(), f.readline(), f.readlines())
    f.seek(0); print(f.read(), f.tell())
    f.seek(-2, 2); print(f.read())
with open(p, "a") as f:
    f.write("more\n")
print(open(p).readlines())
with open(p, "r+b") as f:
    print(repr(f).replace(p, "P"), f.mode)
    f.seek(1); f.write(b"E"); f.seek(0); print(f.read(6))
    f.truncate(3); f.seek(0); print(f.read())
for mode in ["rw", "rU", "rbt", "", "r++"]:
    try: open(p, mode)
    except ValueError as e: print(mode, e)
for bad in [(D + "/nonexist.txt",), (D,), (D + "/nodir/x", "w"), (p, "x")]:
    try: open(*bad)
    except OSError as e: print(type(e).__name__, e.errno, e.strerror, e.filename == bad[0], str(e).replace(D, "D"))
try: open(3.5)
except TypeError as e: print(e)
try: open(p, "rb", encoding="utf-8")
except ValueError as e: print(e)
try: open(p, encoding="bogus")
except LookupError as e: print(e)
f = open(p, "w"); f.close()
try: f.write("x")
except ValueError as e: print(e)
f = open(p, "rb"); f.close()
try: f.read()
except ValueError as e: print(e)
with open(p, "wb") as f:
    try: f.write("s")
    except TypeError as e: print(e)
    f.write(bytearray(b"\xff\xfe"))
try: open(p).read()
except UnicodeDecodeError as e: print(e)
print(open(p, encoding="latin-1").read() == "\xff\xfe", open(p, errors="replace").read())
with open(p, "w", encoding="utf-16") as f:
    f.write("ab"); f.write("c")
print(open(p, "rb").read(), open(p, encoding="utf-16").read())
e = OSError(2, "No such file or directory", "nope.txt")
print(type(e).__name__, e, e.args, repr(e), e.errno, e.strerror, e.filename, e.filename2)
print(type(OSError(13, "x")).__name__, OSError("just"), OSError(1, 2, 3, 4, 5), OSError(2, "m", "a", None, "b"))
e = OSError(2, "m"); e.errno = 5; print(e, e.args)
class E(OSError): pass
print(type(E(2, "x")).__name__, E(2, "x", "f"))

