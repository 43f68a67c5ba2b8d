def outer():
    fs = [lambda: n for n in range(3)]
    gs = [(lambda n: lambda: n)(n) for n in range(3)]
    return [f() for f in fs], [g() for g in gs]

print(outer())
