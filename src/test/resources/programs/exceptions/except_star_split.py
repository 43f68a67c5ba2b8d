def raiser():
    raise ExceptionGroup("batch", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])


try:
    raiser()
except* ValueError as eg:
    print("values:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))
except* KeyError as eg:
    print("keys:", repr(eg))
print("all handled")

try:
    raiser()
except* (ValueError, KeyError) as eg:
    print("tuple clause:", repr(eg))
except* Exception as eg:
    print("rest:", repr(eg))
