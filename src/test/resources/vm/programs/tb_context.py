class MyError(ValueError):
    pass


def handler():
    try:
        [1, 2, 3][10]
    except IndexError:
        raise MyError("failed to index")


handler()
