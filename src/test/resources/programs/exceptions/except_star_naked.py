try:
    raise ValueError("naked")
except* ValueError as eg:
    print(type(eg).__name__, repr(eg))
    print("leaf:", repr(eg.exceptions[0]))
    print("message is empty:", repr(eg.message))
    print("traceback of the wrapper:", eg.__traceback__)

try:
    raise KeyError("k")
except* TypeError:
    print("no")
except* LookupError as eg:
    print("LookupError clause got", repr(eg.exceptions))
