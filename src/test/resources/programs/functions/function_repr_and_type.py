def f():
    pass
print(type(f).__name__, callable(f), callable(1))
print(repr(f).startswith("<function f at 0x"))
print(repr(lambda: 0).startswith("<function <lambda> at 0x"))
print(f == f, f != (lambda: 0))
print(type(print).__name__, print)
print(len, abs)
