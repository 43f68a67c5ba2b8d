try:
    try:
        raise ExceptionGroup("orig", [ValueError("v"), TypeError("t")])
    except* ValueError as eg:
        raise RuntimeError("from handler") from None
    except* TypeError:
        raise
except ExceptionGroup as eg:
    print(type(eg).__name__, repr(eg.message))
    print(repr(eg))
    for e in eg.exceptions:
        print(" ", repr(e))

try:
    try:
        raise ExceptionGroup("only", [ValueError("v")])
    except* ValueError as eg:
        raise KeyError("replacement")
except KeyError as e:
    print("single new exception is raised as is:", repr(e))
    print("its context is the matched group:", repr(e.__context__))

try:
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("new")
except TypeError as e:
    print("naked case:", repr(e), repr(e.__context__))
