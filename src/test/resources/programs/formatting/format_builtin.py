print(format(3.5), format(3.5, "08.3f"), format(12345, ","), format("abc", "^7"), format(0.25, "%"), format(255, "#06x"))
print(format(-0.0, ".1f"), format(1e-10, "g"), format(123.0, "g"), format(1.5e300, ".2e"), format(True, ">5"))
for spec in ("d", "s", ".2f"):
    for v in (5, "x", 1.5):
        try:
            print(spec, repr(v), repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(spec, repr(v), type(e).__name__, e)
