print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, (str,))))
print(issubclass(bool, int), issubclass(int, (str, object)), type(1) is int, type(True), type(None), type(type))
print(type("x").__name__, type([]).__qualname__, type(len), type(lambda: 0))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
