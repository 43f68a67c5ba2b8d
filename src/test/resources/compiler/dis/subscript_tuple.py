x = a[1, 2]
y = a[b, c:d]
