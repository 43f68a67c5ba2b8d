x = a[1]
a[2] = 3
del a[4]
