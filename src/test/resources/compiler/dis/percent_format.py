x = '%s and %r' % (a, b)
y = '%5s|%-3s|%.2a' % (a, b, c)
z = '%d' % (a,)
