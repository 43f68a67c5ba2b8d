try:
    raise KeyError("key")
except LookupError as e:
    print(type(e).__name__, e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise ValueError("bad value") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
