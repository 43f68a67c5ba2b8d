try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught", type(e).__name__, isinstance(e, Exception))
