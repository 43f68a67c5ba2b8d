# Seed 001: three nested functions taking different cells (note BUILD_TUPLE's argument).
def add(x, y):

    def do_add(value):
        return x + value

    def do_add2(value):
        return y + value

    def do_add3(value):
        return x + y + value

    return do_add

print(add.__code__.co_cellvars, add.__code__.co_varnames)
f = add(1, 2)
print(f(10), f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
