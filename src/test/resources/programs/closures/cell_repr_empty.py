def outer():
    def inner():
        return y
    print(inner.__closure__[0])
    y = 3
    print(inner.__closure__[0])
    return inner

outer()
