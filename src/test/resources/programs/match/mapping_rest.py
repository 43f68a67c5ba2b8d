config = {"name": "adder", "version": 3, "debug": True, "path": "/tmp"}

match config:
    case {"name": name, "version": version, **rest}:
        print(name, version, rest)
        print("rest is a new dict:", type(rest).__name__, rest is config)
        rest["new"] = 1
        print("original unchanged:", "new" in config)

match {"only": 1}:
    case {"only": 1, **rest}:
        print("empty rest:", rest)

match {}:
    case {**rest}:
        print("all of it:", rest)

match {"a": 1, "b": 2}:
    case {**everything}:
        print("copy:", everything)


class Mapping(dict):
    pass


match Mapping(a=1, b=2, c=3):
    case {"b": b, **others}:
        print("subclass:", b, others, type(others).__name__)
