while a:
    a -= 1
else:
    b = 1
