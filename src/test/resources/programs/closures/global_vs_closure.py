x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    def uses_global():
        global x
        return x
    return inner(), uses_global()

print(outer())
print(x)
