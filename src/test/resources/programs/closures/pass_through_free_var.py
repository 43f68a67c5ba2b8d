def outer():
    secret = "s"
    def middle():
        def inner():
            return secret
        return inner
    return middle

m = outer()
print(m.__code__.co_freevars, m.__code__.co_cellvars)
i = m()
print(i(), i.__code__.co_freevars)
