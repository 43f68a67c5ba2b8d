def fail():
    raise TypeError("original")


def again():
    try:
        fail()
    except TypeError:
        print("handling")
        raise


again()
