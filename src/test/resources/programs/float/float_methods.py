print((2.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-0.5).as_integer_ratio())
print((1.5).hex(), float.fromhex("0x1.8p1"), (0.1).hex())
print((3.7).real, (3.7).imag, (3.7).conjugate())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
