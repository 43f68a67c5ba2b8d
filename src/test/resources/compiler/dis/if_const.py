if 1:
    x = 1
else:
    x = 2
if 0:
    y = 1
