print(callable(len), callable(lambda: 0), callable(int), callable("s"), callable(None))
x = [1]
print(id(x) == id(x), id(x) != id([1]), hash("abc") == hash("abc"), hash(5), hash(()), hash((1, "a")) == hash((1, "a")))
print(type(id(x)).__name__, hash(None) == hash(None))
