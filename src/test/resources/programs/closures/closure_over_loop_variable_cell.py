def outer():
    fs = []
    for x in "abc":
        fs.append(lambda: x)
    result = [f() for f in fs]
    x = "z"
    return result, [f() for f in fs]

print(outer())
