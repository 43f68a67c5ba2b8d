# str subclass instances where builtins want a str: ** keys, print's sep/end, attribute names, ord, __str__/__repr__ results.
class S(str):
    pass
class I(int):
    pass
def f(**kw):
    return kw
print(f(**{S("k"): 1}))
print("a", "b", sep=S("-"), end=S("!\n"))
class O:
    x = 5
print(getattr(O, S("x")), hasattr(O, S("x")), ord(S("a")), chr(I(98)))
class R:
    def __str__(self):
        return S("from __str__")
    def __repr__(self):
        return S("from __repr__")
print(str(R()), repr(R()), f"{R()}", [R()])
setattr(O, S("y"), 7)
print(O.y, O.__dict__["y"], type(list(O.__dict__)[-1]))
