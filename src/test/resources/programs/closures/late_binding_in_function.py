def make():
    fs = []
    for i in range(3):
        def f():
            return i * 10
        fs.append(f)
    i = 7
    return fs

print([f() for f in make()])
print(make()[0].__closure__[0].cell_contents)
