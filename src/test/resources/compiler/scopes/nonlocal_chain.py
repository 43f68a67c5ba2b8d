def a():
    x = 1
    y = 2
    def b():
        nonlocal x
        x = 10
        def c():
            nonlocal x, y
            x += 1
            y += 1
            def d():
                return x + y
            return d
        return c
    return b


def rebinding():
    v = 0
    def setter(n):
        nonlocal v
        v = n
    def getter():
        return v
    return setter, getter


def deep():
    z = 0
    def l1():
        def l2():
            def l3():
                return z
            return l3
        return l2
    return l1
