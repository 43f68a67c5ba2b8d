x = "global"


class A:
    x = "class"
    y = x
    def method(self):
        return x
    squares = [i * i for i in range(3)]
    uses_class_name = [x for _ in range(2)]
    lam = lambda self: x


def func():
    x = "local"
    class B:
        x = "class-b"
        def m(self):
            return x
        print(x)
    class C:
        def m(self):
            return x
    class D:
        global x
        def m(self):
            return x
    return B, C, D


def func2():
    v = 1
    class E:
        nonlocal v
        v = 2
        def m(self):
            return v
    return E


class Outer:
    class Inner:
        def m(self):
            return Outer
    def n(self):
        class Local:
            pass
        return Local
