cases = [
    lambda: "{:d}".format("s"),
    lambda: "{:s}".format(1),
    lambda: "{:,s}".format("x"),
    lambda: format(1.5, "d"),
    lambda: "{0".format(1),
    lambda: "}".format(),
    lambda: "{!x}".format(1),
    lambda: format("s", "=5"),
    lambda: "{} {0}".format(1, 2),
    lambda: format(5, "+s"),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
