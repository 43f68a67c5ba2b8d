# A counter object without a class: a dict of closures sharing cells.
def Counter(start):
    value = start
    def inc(by=1):
        nonlocal value
        value += by
        return value
    def reset():
        nonlocal value
        value = start
    def get():
        return value
    return {"inc": inc, "reset": reset, "get": get}

c = Counter(3)
c["inc"](); c["inc"](10)
print(c["get"]())
c["reset"]()
print(c["get"]())
print(sorted(c))
