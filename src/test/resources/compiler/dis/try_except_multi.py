try:
    f()
except (A, B):
    pass
except C as c:
    pass
except:
    raise
