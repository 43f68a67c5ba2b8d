def f():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


f()
