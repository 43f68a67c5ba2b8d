print(repr(10), str(-10), hex(255), oct(8), bin(5), hex(-255), bin(-5))
print(0x10, 0o10, 0b10, 1_000_000)
print(str(10 ** 30))
print(format(1234567, ","), format(255, "x"), format(255, "#X"), format(5, "08b"))
