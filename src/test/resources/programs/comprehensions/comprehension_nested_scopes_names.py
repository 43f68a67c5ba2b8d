def outer():
    base = 100
    table = [[base + r * 10 + c for c in range(3)] for r in range(2)]
    inner_names = [c.co_name for c in outer.__code__.co_consts if hasattr(c, "co_freevars")]
    return table, inner_names
print(outer())
