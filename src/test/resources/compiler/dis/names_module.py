a = b
del a
