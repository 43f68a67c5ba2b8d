# TypeErrors around classes, instances and attributes.
def check(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x
class B:
    pass
check(lambda: A())
check(lambda: A(1, 2))
check(lambda: A(1).m(2))
check(lambda: A.m())
check(lambda: B(1))
check(lambda: object(1))
check(lambda: setattr(1, "x", 2))
check(lambda: type("X", 1, {}))
check(lambda: type(1, 2))
check(lambda: int.__add__("a", 1))
class R:
    def __repr__(self):
        return 5
check(lambda: repr(R()))
class L:
    def __len__(self):
        return "x"
check(lambda: len(L()))
class I:
    def __iter__(self):
        return 1
check(lambda: iter(I()))
class H:
    __hash__ = None
check(lambda: hash(H()))
class N:
    def __init__(self):
        return 1
check(lambda: N())
check(lambda: isinstance(1, (int, "x")))
