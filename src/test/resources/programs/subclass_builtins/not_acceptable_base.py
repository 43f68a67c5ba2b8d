# Built-in types that cannot be subclassed give CPython's TypeError.
def f():
    yield 1


for base in (bool, range, slice, memoryview, type(None), type(NotImplemented), type(...), type(f), type(f()),
             type(len), type(iter([])), type({}.keys())):
    try:
        class X(base):
            pass
        print("subclassed", base.__name__)
    except TypeError as exc:
        print("TypeError:", exc)

try:
    type("B", (bool,), {})
except TypeError as exc:
    print("TypeError:", exc)
for base in (int, str, float, bytes, complex, tuple, frozenset, list, dict, set, bytearray, object, Exception):
    cls = type("Sub" + base.__name__.capitalize(), (base,), {})
    print(cls.__name__, cls.__mro__[1].__name__, isinstance(cls(), base))
