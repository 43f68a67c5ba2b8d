print(f"{True} {False!r} {None} {True:>6} {False:d} {True:.1f} {None!r:>6}")
print("{} {}".format(True, None), "%s %d %r" % (True, False, None))
try:
    format(None, "d")
except TypeError as e:
    print(e)
