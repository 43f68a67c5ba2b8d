# Formatting int subclasses: format specs, f-strings, % and str.format use the int value.
class MyInt(int):
    pass


a = MyInt(255)
print(f"{a}", f"{a:x}", f"{a:#o}", f"{a:>8}", f"{a:,}", f"{a:+d}", f"{a:08.2f}", f"{a:e}", f"{a!r}", f"{a!s}")
print("%d|%5d|%x|%o|%s|%r|%c|%.1f|%i" % (a, a, a, a, a, a, MyInt(65), a, a))
print("{0} {0:x} {0!r} {0:b}".format(a), format(a), format(a, "_"), str.format("{:>5}", a))
print("%(n)d items" % {"n": MyInt(3)}, "%*d" % (MyInt(5), 1), "%.*f" % (MyInt(2), 3.14159))


class Named(int):
    def __format__(self, spec):
        return f"Named<{int(self)}:{spec}>"


n = Named(7)
print(f"{n}", f"{n:spec}", format(n, "x"), "{:abc}".format(n), "%d" % n, str(n))
