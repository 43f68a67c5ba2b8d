print((1,), ("a",), ((),), (1, (2, (3,))), tuple(range(3)), repr(("x", 1.5, None, True)))
print(str((1, "s")), [(), (1,)])
