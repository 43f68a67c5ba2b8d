def f():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return str(e)
print(f())
def g():
    y = 1
    del y
    del y
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
