def run(x):
    log = []
    try:
        log.append("try")
        r = 10 / x
    except ZeroDivisionError:
        log.append("except")
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return r, log
print(run(2))
print(run(0))
assert run(0) == (None, ["try", "except", "finally"])
