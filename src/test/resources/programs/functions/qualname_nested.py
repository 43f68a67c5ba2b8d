def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner
print(outer.__qualname__)
print(outer().__qualname__)
print(outer()().__qualname__)
print((lambda: 0).__qualname__)
print(outer()().__name__)
