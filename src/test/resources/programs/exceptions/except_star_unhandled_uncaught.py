def work():
    raise ExceptionGroup("jobs failed", [ValueError("bad value"), TypeError("bad type"), KeyError("missing")])


try:
    work()
except* ValueError as eg:
    print("handled", repr(eg.exceptions))
