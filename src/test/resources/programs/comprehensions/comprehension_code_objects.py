def f():
    return [x for x in range(3)]
print(f.__code__.co_consts[1].co_name if not isinstance(f.__code__.co_consts[1], int) else "?")
names = [c.co_name for c in f.__code__.co_consts if hasattr(c, "co_name")]
print(names)
g = lambda: {k: k for k in "ab"}
print([c.co_name for c in g.__code__.co_consts if hasattr(c, "co_name")])
