def outer():
    x = 1
    def show():
        return x
    first = show()
    x = 2
    second = show()
    x = [x, x]
    return first, second, show()

print(outer())
