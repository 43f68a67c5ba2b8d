x = a in [1, 2, 3]
y = a in {1, 2}
z = a in [b, c]
