# The most derived metaclass wins; unrelated metaclasses conflict.
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
try:
    class AB(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class AC(A, C):
    pass
print(type(AC).__name__)
class CA(C, A):
    pass
print(type(CA).__name__)
class Explicit(A, metaclass=type):
    pass
print(type(Explicit).__name__)
try:
    class Exp2(B, metaclass=M1): pass
except TypeError as e:
    print("TypeError:", e)
class Plain: pass
class Mixed(Plain, C): pass
print(type(Mixed).__name__)
try:
    type("T", (A, B), {})
except TypeError as e:
    print("TypeError:", e)
X = M1("X", (C,), {})
print(type(X).__name__)
