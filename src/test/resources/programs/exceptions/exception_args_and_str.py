e = ValueError("message", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("one")), repr(KeyError("k")), str(KeyError("k")))
print(repr(Exception("a", "b")), str(Exception("a", "b")), str(Exception(5)), Exception().args)
