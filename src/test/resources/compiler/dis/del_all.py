def f(a):
    global g
    del a
    del g
    del a.b, a[1]
