x = a < b
y = a is None
z = a not in b
