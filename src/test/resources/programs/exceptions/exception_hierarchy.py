print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError))
print(issubclass(RecursionError, RuntimeError), issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
print(ZeroDivisionError.__mro__)
print(OSError.__bases__, issubclass(FileNotFoundError, OSError), StopIteration.__base__)
for t in (ValueError, TypeError, NotImplementedError, ModuleNotFoundError, IndentationError, UnicodeDecodeError):
    print(t.__name__, [c.__name__ for c in t.__mro__[1:]])
