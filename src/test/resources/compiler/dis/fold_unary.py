x = -1
y = ~5
z = not 1
w = +2.5
