print(complex("3"), complex("-2.5e1-1j"), complex(" (1+2j) "), complex(1.5, -0.5), complex(True, False), complex(1j, 1j))
for bad in ("1+2", "j1", "1 + 2j", ""):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), e)
try:
    complex("1", 2)
except TypeError as e:
    print(e)
try:
    complex([])
except TypeError as e:
    print(e)
