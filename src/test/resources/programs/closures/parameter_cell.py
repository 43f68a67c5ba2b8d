def outer(a, b, *args, c, **kw):
    def inner():
        return a, b, args, c, kw
    return inner

f = outer(1, 2, 3, c=4, d=5)
print(f())
print(outer.__code__.co_varnames)
print(outer.__code__.co_cellvars)
print(outer.__code__.co_nlocals, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
