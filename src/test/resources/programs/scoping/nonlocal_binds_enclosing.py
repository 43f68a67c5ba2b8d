def outer():
    x = 0
    def inner():
        nonlocal x
        x = 1
        def innermost():
            nonlocal x
            x = 2
        innermost()
    inner()
    return x

print(outer())
