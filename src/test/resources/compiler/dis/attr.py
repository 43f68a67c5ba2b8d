x = a.b.c
a.b = 1
del a.b
