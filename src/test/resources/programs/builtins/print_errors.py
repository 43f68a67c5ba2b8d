for kwargs in ({"sep": 5}, {"end": 1}, {"bogus": 1}):
    try:
        print("x", **kwargs)
    except TypeError as e:
        print("TypeError:", e)
