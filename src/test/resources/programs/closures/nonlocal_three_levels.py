def level1():
    x = "1"
    def level2():
        def level3():
            nonlocal x
            x += "3"
            return x
        nonlocal x
        x += "2"
        return level3
    return level2

f = level1()
g = f()
print(g())
print(f()())
print(g.__code__.co_freevars, f.__code__.co_freevars, f.__code__.co_cellvars)
