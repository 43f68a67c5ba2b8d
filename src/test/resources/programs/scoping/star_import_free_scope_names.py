def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    names = inner.__code__.co_freevars
    return names, inner.__code__.co_names, inner.__code__.co_varnames
print(outer())
def uses_global():
    return len([1]) + abs(-1)
print(uses_global.__code__.co_names)
