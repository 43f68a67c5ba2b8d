inner = ExceptionGroup("inner", [ValueError("v1"), TypeError("t1")])
outer = ExceptionGroup("outer", [inner, ValueError("v2"), OSError("o1")])
try:
    raise outer
except* ValueError as eg:
    print("values keep the nesting:", repr(eg))
    print("same message:", eg.message)
except* OSError as eg:
    print("os errors:", repr(eg))
except* TypeError as eg:
    print("types:", repr(eg))
    print("inner group derived:", repr(eg.exceptions[0]))
