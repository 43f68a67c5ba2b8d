z = 3.14159 - 2.71828j
print(f"{z:.2f}", format(z, ".3g"), format(z, ">30"), format(1j, ""), f"{z!r}")
print("{0.real} {0.imag}".format(z))
