# TypeErrors from formatting: format(), f-strings, %-formatting and str.format.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: format(1, 2))
check(lambda: f"{None:>5}")
check(lambda: f"{[]:d}")
check(lambda: "%d" % None)
check(lambda: "%c" % "ab")
check(lambda: "%x" % 1.5)
check(lambda: "%(a)s" % 1)
check(lambda: "{:d}".format("x"))
check(lambda: "{0}{1}".format(1))
check(lambda: "a" "b" % ())
check(lambda: b"%s" % "x")
