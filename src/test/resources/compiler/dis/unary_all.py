x = -a
y = +a
z = ~a
w = not a
