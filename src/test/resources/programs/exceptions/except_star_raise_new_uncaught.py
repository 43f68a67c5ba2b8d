try:
    raise ExceptionGroup("group", [ValueError("v"), TypeError("t")])
except* ValueError:
    raise RuntimeError("handler failed")
