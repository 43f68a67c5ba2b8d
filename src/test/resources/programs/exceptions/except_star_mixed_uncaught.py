def job():
    raise ExceptionGroup("jobs", [ValueError(1), TypeError(2), OSError(3), KeyError(4)])


try:
    job()
except* ValueError:
    raise
except* TypeError as eg:
    raise RuntimeError("type handler failed") from eg
except* OSError:
    pass
