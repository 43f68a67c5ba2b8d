it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(it, "default"))
try:
    [].index(1)
except ValueError as e:
    print(e)
