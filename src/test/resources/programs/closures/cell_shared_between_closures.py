def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = pair()
print(get())
set_(42)
print(get())
print(get.__closure__[0] is set_.__closure__[0])
set_("x")
print(get(), get.__closure__[0].cell_contents)
assert get.__closure__[0].cell_contents == "x"
