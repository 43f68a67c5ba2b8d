print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0!r} {0!s} {0!a}".format("é"), "{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:o} {:b} {:,} {:_}".format(3.14159, 5, 255, 8, 5, 10 ** 6, 10 ** 6))
print("{a[0]} {b[k]}".format(a=[9], b={"k": "v"}), "{{literal}}".format())
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
