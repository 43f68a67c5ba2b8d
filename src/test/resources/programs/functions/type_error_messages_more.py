def g(a, b=1, *, c):
    pass
def h(x, y, z):
    pass
def one(a):
    pass
cases = [
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: h(),
    lambda: one(1, 2),
    lambda: one(b=1),
    lambda: g(1, **{"c": 1, "d": 2}),
    lambda: h(1, *[2], **{"y": 3}),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
