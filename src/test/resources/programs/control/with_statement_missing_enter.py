try:
    with 5:
        pass
except TypeError as e:
    print(e)
try:
    with "text" as t:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
