if (a if b else c):
    f()
