d = {}
try:
    d["x"]
except KeyError:
    raise ValueError("no x") from None
