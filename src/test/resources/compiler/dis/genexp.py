x = (i for i in a)
y = sum(i for i in a)
