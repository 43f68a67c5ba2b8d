def f():
    return

return 1

def g():
    nonlocal q
