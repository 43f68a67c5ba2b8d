def outer():
    def inner():
        return x
    cell = inner.__closure__[0]
    try:
        print(cell.cell_contents)
    except ValueError as e:
        print("ValueError:", e)
    x = 5
    print(cell.cell_contents)
    return inner

print(outer()())
