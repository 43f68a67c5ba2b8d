# Seed 002: the code objects of closure.py (figures 11-22 and 11-23) and f_localsplus' layout.
def get_func():
    value = "inner"
    def inner_func():
        print(value)
    print(inner_func.__code__.co_cellvars, inner_func.__code__.co_freevars, inner_func.__code__.co_varnames)
    return inner_func

print(get_func.__code__.co_cellvars, get_func.__code__.co_freevars, get_func.__code__.co_varnames)
print(get_func.__code__.co_consts[1])
show_value = get_func()
show_value()
print(show_value.__closure__[0].cell_contents, get_func.__closure__)
