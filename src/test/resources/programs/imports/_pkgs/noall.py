import sys as _sys
x = 1
y = [1, 2]
_hidden = 3
def fn():
    return "fn"
class K:
    pass
