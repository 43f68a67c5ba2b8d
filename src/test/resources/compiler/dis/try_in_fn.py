def f():
    try:
        x = g()
    except Exception as e:
        return e
    return x
