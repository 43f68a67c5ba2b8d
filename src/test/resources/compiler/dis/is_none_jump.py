if a is None:
    f()
if a is not None:
    g()
