# __class__ assignment between subclasses of immutable built-ins: same base only, never for int and bytes.
for base in (int, str, float, bytes, complex):
    A = type("A", (base,), {}); B = type("B", (base,), {})
    a = A()
    try:
        a.__class__ = B; print(base.__name__, "ok", type(a).__name__)
    except TypeError as e: print(base.__name__, e)
class S(str): pass
class F(float): pass
class P: pass
for t in (F, P):
    try:
        s = S("x"); s.__class__ = t; print("assigned", t.__name__)
    except TypeError as e: print(e)


class Loud(str):
    def __str__(self):
        return self.upper()


s = S("quiet")
s.__class__ = Loud
print(s, type(s).__name__, s + "!", len(s))
