print(chr(65), chr(0x1F600), chr(0), ord("A"), ord("€"), ord("😀"), hex(0), hex(-1), oct(-8), bin(0), bin(2 ** 65))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: hex(1.5), lambda: ord(5)):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
