class Defaulting(dict):
    def __missing__(self, key):
        print("__missing__ called for", key)
        return "default"


d = Defaulting(a=1)
match d:
    case {"a": a, "b": b}:
        print("matched", a, b)
    case {"a": a}:
        print("only a:", a)
print("keys after match:", sorted(d))


class Logging(dict):
    def get(self, key, default=None):
        print("get", repr(key))
        return super().get(key, default)


match Logging(x=1, y=2):
    case {"x": 1, "y": y, "z": z}:
        print("no")
    case {"x": 1, "y": y}:
        print("y =", y)


class Everything(dict):
    def get(self, key, default=None):
        return key * 2


match Everything(a=1, b=2):
    case {"ab": v, 3: w}:
        print("get answers for every key:", v, w)
