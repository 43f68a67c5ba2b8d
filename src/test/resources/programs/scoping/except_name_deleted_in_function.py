def f():
    try:
        raise ValueError("x")
    except ValueError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
