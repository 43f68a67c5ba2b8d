print(b"%s=%d" % (b"x", 5), b"%5b|%-5b|" % (b"ab", b"cd"), b"%x %o %c" % (255, 8, 65))
try:
    b"%s" % "str"
except TypeError as e:
    print(e)
