def run(fail):
    log = []
    try:
        try:
            log.append("body")
            if fail:
                raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            log.append("values")
        except* TypeError:
            log.append("types")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except Exception as e:
        log.append("outer " + type(e).__name__)
    return log


print(run(False))
print(run(True))


def partial():
    log = []
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
        except* ValueError:
            log.append("values")
        finally:
            log.append("finally runs before the rest propagates")
    except* KeyError as eg:
        log.append("outer got " + repr(eg.exceptions))
    return log


print(partial())
