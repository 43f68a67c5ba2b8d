# Instance layout conflicts: bases whose instances cannot share one layout (slots, built-in values).
for bases in [(int, str), (list, dict), (KeyError, ValueError), (int, Exception), (list, object)]:
    try:
        type("X", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print(e)
class A: __slots__ = ("a",)
class B: __slots__ = ("b",)
class C(A): pass
class D(C, A): pass
print(D.__mro__[1].__name__)
try:
    class E(A, B): pass
except TypeError as e: print(e)
class F: pass
class G(F, A): pass
print("ok G")
