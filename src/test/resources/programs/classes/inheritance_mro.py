# Single and multiple inheritance, C3 linearization and the inconsistent-MRO TypeError.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.mro() == list(D.__mro__), D.__bases__)

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print("TypeError:", e)

# A classic diamond with attributes.
class O: val = "O"
class P(O): pass
class Q(O): val = "Q"
class R(P, Q): pass
print(R.val, [k.__name__ for k in R.mro()])
print(issubclass(R, O), issubclass(O, R), issubclass(R, (int, Q)))
