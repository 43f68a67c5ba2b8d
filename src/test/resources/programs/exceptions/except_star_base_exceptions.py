try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as eg:
    print("interrupt part:", type(eg).__name__, repr(eg.exceptions))
except* ValueError as eg:
    print("value part:", type(eg).__name__, repr(eg.exceptions))

try:
    raise SystemExit(3)
except* SystemExit as eg:
    print("naked BaseException:", type(eg).__name__, repr(eg))
