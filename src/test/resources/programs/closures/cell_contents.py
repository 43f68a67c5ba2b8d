def outer():
    a = 1
    b = "two"
    c = [3]
    def inner():
        return a, b, c
    return inner

f = outer()
print(f.__code__.co_freevars)
print([cell.cell_contents for cell in f.__closure__])
print(len(f.__closure__), type(f.__closure__).__name__)
print(type(f.__closure__[0]).__name__)
