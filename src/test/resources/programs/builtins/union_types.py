# X | Y: types.UnionType in annotations, isinstance and issubclass; super() as a descriptor; __dir__.
print(int | str, int | None, None | int, (int | str) | float, int | int, list[int] | None, type(int|str), (int|str).__args__, (int|str) == (str|int), hash(int|str) == hash(str|int))
class A: pass
print(A | int)
print(isinstance(1, int | str), isinstance(1.5, int | str), issubclass(bool, int | str), isinstance(None, int | None))
try: isinstance(1, list[int] | None)
except TypeError as e: print(e)
try: int | 1
except TypeError as e: print(e)
def f(x: int | None = None, *, y: list[str] | dict[str, int] = {}) -> str | None:
    return x
print(f.__annotations__)
class B:
    def m(self): return "B.m"
class C(B):
    def m(self):
        s = super(C, self)
        return s.m() + "/C"
print(C().m(), super(C).__get__(C()).m())
print(sorted(object.__dir__(A()))[:3], "__or__" in type.__dir__(int), dir(A) == sorted(type.__dir__(A)))
print(dir(A()) == sorted(object.__dir__(A())))
