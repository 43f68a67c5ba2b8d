try:
    raise KeyError("original")
finally:
    print("in finally")
