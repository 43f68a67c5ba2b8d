for n in (0, 7, -7, 2 ** 40, -(2 ** 40)):
    print(f"{n:+} {n: } {n:x} {n:#X} {n:o} {n:b}"[:80], "{:>+8}".format(n) if abs(n) < 100 else "")
print("{:=^20,}".format(123456789), "{:_x}".format(2 ** 32 - 1))
