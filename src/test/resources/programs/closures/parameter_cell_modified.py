def outer(x):
    def get():
        return x
    x = x * 2
    return get

print(outer(21)())
def outer2(x):
    get = lambda: x
    def bump():
        nonlocal x
        x += 1
    bump(); bump()
    return get()
print(outer2(5))
