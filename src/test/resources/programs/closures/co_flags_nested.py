def outer():
    x = 1
    def inner():
        return x
    return inner

def plain():
    return 1

print(outer.__code__.co_flags & 0x10, outer().__code__.co_flags & 0x10)
print(bool(plain.__code__.co_flags & 0x10), plain.__closure__)
print(outer.__code__.co_name, outer().__code__.co_name, outer().__qualname__)
