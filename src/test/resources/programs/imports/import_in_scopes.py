# Imports bind names in the scope where they run: functions, classes, comprehensions of modules.
def f():
    import _pkgs.plain
    from _pkgs.shapes import base as b
    return _pkgs.plain.VALUE, b.__name__
print(f())
print("b" in globals())
class C:
    import _pkgs.shapes.circle as circle
    from _pkgs.plain import double
print(C.circle.__name__, C.double(4))
def g():
    import _pkgs.plain as p
    def inner():
        return p.VALUE
    return inner()
print(g())
