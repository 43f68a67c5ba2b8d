z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(complex(1, 2), complex(), complex(2), complex("1+2j"), complex("-1.5j"))
print(type(z).__name__, 1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j))
