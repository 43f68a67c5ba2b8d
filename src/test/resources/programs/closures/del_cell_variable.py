def outer():
    x = 10
    def inner():
        return x
    print(inner())
    del x
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    try:
        print(x)
    except NameError as e:
        print(type(e).__name__ + ":", e)
    x = 20
    print(inner())

outer()
