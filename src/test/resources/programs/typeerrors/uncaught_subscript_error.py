# An uncaught "object is not subscriptable" from a nested expression.
config = {"size": 3, "name": None}
print(config["size"])
print(config["name"][0])
