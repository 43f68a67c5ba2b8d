# The class statement: body namespace, __qualname__, __module__, __doc__, nested classes.
class Point:
    """A point."""
    dims = 2
    print("body runs once, dims =", dims)

    def __init__(self, x, y):
        self.x = x
        self.y = y

    class Inner:
        def where(self):
            return type(self).__qualname__

print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point.Inner.__qualname__, Point.Inner().where())
p = Point(1, 2)
print(p.x, p.y, p.dims, sorted(vars(p).items()))
print(type(p) is Point, p.__class__ is Point, isinstance(p, object))

def factory():
    class Local:
        pass
    return Local

L = factory()
print(L.__qualname__, L.__name__)
assert L is not factory()

class Empty:
    pass
print(Empty.__doc__, Empty.__bases__, Empty.__mro__)
print('__dict__' in Empty.__dict__, '__weakref__' in Empty.__dict__, '__module__' in Empty.__dict__)
class Sub(Empty):
    pass
print('__dict__' in Sub.__dict__, Sub.__base__ is Empty)
x = 10
class UsesOuter:
    y = x + 1
    z = [y for _ in range(2)] if False else None
print(UsesOuter.y, UsesOuter.z)
