for value in (1, "s", None, [1], (1,)):
    try:
        value()
    except TypeError as e:
        print(e)
