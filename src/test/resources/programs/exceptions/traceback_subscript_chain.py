config = {"db": {"hosts": ["a", "b"]}}
print(config["db"]["hosts"][1])
print(config["db"]["hosts"][5])
