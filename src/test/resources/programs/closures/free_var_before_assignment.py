def outer():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    value = "ok"
    return inner()

print(outer())
