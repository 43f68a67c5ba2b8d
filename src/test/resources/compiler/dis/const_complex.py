x = 1j
y = -2j
