d = {"list": [1, 2], "dict": {"inner": (1,)}, "none": None, 3: "int key", (1, 2): {"t"}}
print(d)
r = {}
r["self"] = r
print(r)
print(str({}), repr({"'": '"'}))
