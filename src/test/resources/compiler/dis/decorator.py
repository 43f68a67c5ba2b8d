@d
def f():
    pass
