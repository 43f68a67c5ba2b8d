for value in (5, "text", None):
    try:
        raise value
    except TypeError as e:
        print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
