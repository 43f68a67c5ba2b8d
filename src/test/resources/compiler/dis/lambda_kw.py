f = lambda *a, k=2, **kw: (a, k, kw)
