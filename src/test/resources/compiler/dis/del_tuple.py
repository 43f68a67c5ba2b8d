del a, (b, c)
