print(len, print, repr(abs), type(len).__name__, len.__name__, max.__qualname__)
print(int, str, type, object, ValueError, type(None), type(NotImplemented), type(...))
print(len.__doc__.splitlines()[0])
