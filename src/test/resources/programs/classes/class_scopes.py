# Class bodies and scopes: class variables are not visible in methods, comprehensions in class bodies, nonlocal through classes.
x = "global"
class C:
    x = "class"
    def method(self):
        return x
    y = [x for _ in range(1)]
    z = x
print(C().method(), C.y, C.z)
def outer():
    v = "enclosing"
    class Inner:
        v = "class level"
        def get(self):
            return v
        w = v
    return Inner
I = outer()
print(I().get(), I.w, I.v)
def counter():
    n = 0
    class Counter:
        def inc(self):
            nonlocal n
            n += 1
            return n
    return Counter()
c = counter()
print(c.inc(), c.inc())
class Locals:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(Locals.names, Locals.b)
class Shadow:
    len = 5
    size = len
    def m(self):
        return len("abc")
print(Shadow.size, Shadow().m())
def f():
    class K:
        def g(self):
            return K
    return K
K = f()
print(K().g() is K)
class Global:
    global declared
    declared = "set from class body"
print(declared, hasattr(Global, "declared"))
