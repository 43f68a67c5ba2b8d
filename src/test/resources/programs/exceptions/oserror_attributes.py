# OSError(errno, strerror, filename...): the errno picks the subclass; args, str and attributes as CPython has them.
e = OSError(2, "No such file or directory", "nope.txt")
print(type(e).__name__, e, e.args, repr(e), e.errno, e.strerror, e.filename, e.filename2)
print(type(OSError(13, "x")).__name__, OSError("just"), OSError(1, 2, 3, 4, 5), OSError(2, "m", "a", None, "b"))
e = OSError(2, "m")
e.errno = 5
print(e, e.args)
class E(OSError):
    pass
print(type(E(2, "x")).__name__, E(2, "x", "f"))
for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 999]:
    print(errno, type(OSError(errno, "s")).__name__)
print(OSError().errno, repr(OSError()), OSError(1, 2, 3, 4, 5, 6).args, OSError(1, 2, 3, 4, 5, 6).errno)
print(isinstance(FileNotFoundError(), OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError(2, "No such file or directory", "config.ini")
except OSError as err:
    print("caught", type(err).__name__, err.filename, err)
raise PermissionError(13, "Permission denied", "/etc/shadow")
