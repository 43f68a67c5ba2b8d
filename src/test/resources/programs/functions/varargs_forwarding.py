def inner(a, b=0, *rest, key=None, **extra):
    return a, b, rest, key, extra
def forward(*args, **kwargs):
    return inner(*args, **kwargs)
print(forward(1))
print(forward(1, 2, 3, key="k", x=1))
print(forward(*[4, 5], **{"key": 6}))
