x = (a, b)
y = (*a, *b)
