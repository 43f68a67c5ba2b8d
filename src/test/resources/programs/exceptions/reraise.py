def f():
    try:
        raise ValueError("inner")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    f()
except ValueError as e:
    print("outer caught", e)
