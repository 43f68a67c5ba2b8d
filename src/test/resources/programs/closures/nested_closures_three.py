def a(x):
    def b(y):
        def c(z):
            return x * 100 + y * 10 + z
        return c
    return b

print(a(1)(2)(3))
print(a(4)(5)(6))
f = a(7)(8)
print(f.__code__.co_freevars, [c.cell_contents for c in f.__closure__])
print(a.__code__.co_cellvars, a(1).__code__.co_cellvars, a(1).__code__.co_freevars)
assert a(1)(2)(3) == 123 and f(9) == 789
