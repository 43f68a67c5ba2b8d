# A JSON-like serializer dispatching on isinstance works on subclass instances as on base values.
class Name(str):
    pass


class Count(int):
    pass


class Ratio(float):
    pass


class Row(tuple):
    pass


def dumps(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(int(v))
    if isinstance(v, float):
        return repr(float(v))
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(dumps(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{dumps(str(k))}: {dumps(x)}" for k, x in sorted(v.items())) + "}"
    raise TypeError(f"cannot serialize {type(v).__name__}")


data = {Name("b"): Count(2), "a": [Ratio(0.5), Name('say "hi"'), Row((Count(1), None, True))], Name("c"): {Name("k"): Ratio(1e20)}}
print(dumps(data))
print(sorted(data), [type(k).__name__ for k in sorted(data)], dumps(Count(-7)), dumps(Row()))
try:
    dumps(object())
except TypeError as exc:
    print("TypeError:", exc)
