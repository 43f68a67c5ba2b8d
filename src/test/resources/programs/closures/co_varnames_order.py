def f(a, b=2, *rest, k, **kws):
    local1 = 1
    for item in rest:
        local2 = item
    return local1

print(f.__code__.co_varnames)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
def g(p, /, q):
    def h():
        return p
    return h
print(g.__code__.co_varnames, g.__code__.co_cellvars, g.__code__.co_posonlyargcount)
