# BaseExceptionGroup(...) is an ExceptionGroup when every exception is an Exception; the constructor checks.
e = BaseExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(type(e).__name__, repr(e))
e = BaseExceptionGroup("msg", [ValueError(1), KeyboardInterrupt()])
print(type(e).__name__)
try:
    ExceptionGroup("msg", [KeyboardInterrupt()])
except TypeError as x: print(x)
try:
    ExceptionGroup("msg", [])
except ValueError as x: print(x)
try:
    ExceptionGroup(1, [ValueError()])
except TypeError as x: print(x)
try:
    ExceptionGroup("m", ValueError())
except TypeError as x: print(x)
class MyEG(ExceptionGroup): pass
e = MyEG("m", [ValueError(1)])
print(type(e).__name__, e.derive([TypeError()]).__class__.__name__)
print(e.exceptions, e.message, str(e))
