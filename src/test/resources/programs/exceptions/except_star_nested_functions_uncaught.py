def level3():
    raise ExceptionGroup("deep", [ValueError("a"), ZeroDivisionError("b")])


def level2():
    try:
        level3()
    except* ZeroDivisionError:
        print("level2 handled the division")


def level1():
    level2()


level1()
