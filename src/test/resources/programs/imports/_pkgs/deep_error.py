def outer():
    return inner(3)

def inner(n):
    if n == 0:
        return {}["missing key"]
    return inner(n - 1)

outer()
