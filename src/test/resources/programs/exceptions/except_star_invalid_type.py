def check(make_type):
    try:
        try:
            raise ValueError("x")
        except* make_type():
            print("no")
    except TypeError as e:
        print("TypeError:", e)


check(lambda: ExceptionGroup)
check(lambda: BaseExceptionGroup)
check(lambda: (ValueError, ExceptionGroup))
check(lambda: int)
check(lambda: (ValueError, 1))
check(lambda: "ValueError")
