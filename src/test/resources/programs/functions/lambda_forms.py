f = lambda: "no args"
g = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw)
print(f(), g(1), g(1, 2, 3, k=4, z=5))
print((lambda *a: sum(a))(1, 2, 3))
print((lambda x: (lambda y: x + y))(1)(2))
print(sorted([(2, "b"), (1, "z"), (2, "a")], key=lambda p: (-p[0], p[1])))
