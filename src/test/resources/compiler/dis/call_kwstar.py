f(**k)
f(a, x=1, **k)
f(x=1, **k, y=2)
