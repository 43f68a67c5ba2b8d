def lookup(d, key):
    value = d["a"] + d[key]
    return value


lookup({"a": 1}, "missing")
