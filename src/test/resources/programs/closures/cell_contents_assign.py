def outer():
    x = 1
    def inner():
        return x
    return inner

f = outer()
cell = f.__closure__[0]
cell.cell_contents = 100
print(f())
del cell.cell_contents
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    cell.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
