def attempt():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        print("re-raising the values")
        raise
    except* TypeError:
        print("swallowing the types")


try:
    attempt()
except ExceptionGroup as eg:
    print("caught outside:", repr(eg))
    print("leaves:", [repr(e) for e in eg.exceptions])

try:
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError("a"), OSError("b")]), ValueError("c")])
    except* ValueError:
        raise
    except* OSError:
        raise
except ExceptionGroup as eg:
    print("both re-raised, original structure:", repr(eg))
