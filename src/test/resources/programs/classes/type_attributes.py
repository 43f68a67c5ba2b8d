# Writable and read-only attributes of classes: __doc__, __name__, __qualname__, __module__, __mro__, __dict__.
class C:
    "doc"
C.__doc__ = "new doc"
print(C.__doc__)
C.__name__ = "D"
print(C.__name__, C)
C.__qualname__ = "Q"
print(C.__qualname__, C)
C.__module__ = "mod"
print(C.__module__, C)
for action in (lambda: setattr(C, "__mro__", ()), lambda: delattr(C, "__doc__"), lambda: setattr(C, "__name__", 5),
               lambda: setattr(int, "__doc__", "x"), lambda: setattr(int, "__name__", "y"),
               lambda: setattr(C, "__dict__", {}), lambda: delattr(C, "__name__")):
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(C.__name__, type(C.__dict__).__name__, int.__name__)
class WithDoc:
    """first"""
    def method(self):
        """method doc"""
print(WithDoc.__doc__, WithDoc.method.__doc__, WithDoc().__doc__)
class Sub(WithDoc):
    pass
print(Sub.__doc__, Sub().method.__doc__)
