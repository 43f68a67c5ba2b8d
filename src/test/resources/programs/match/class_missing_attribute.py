class Lazy:
    __match_args__ = ("value", "missing")

    def __init__(self):
        self.value = 1

    @property
    def broken(self):
        raise AttributeError("computed attribute is not there")

    @property
    def failing(self):
        raise KeyError("not an AttributeError")


match Lazy():
    case Lazy(v, m):
        print("no", v, m)
    case Lazy(v):
        print("the missing attribute only fails the second case:", v)

match Lazy():
    case Lazy(broken=b):
        print("no", b)
    case _:
        print("AttributeError from a property means no match")

try:
    match Lazy():
        case Lazy(failing=f):
            print("no", f)
except KeyError as e:
    print("other errors propagate:", repr(e))


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)


match Dynamic():
    case Dynamic(dyn_x=x, dyn_y=y):
        print("__getattr__ supplies:", x, y)

match Dynamic():
    case Dynamic(other=o):
        print("no", o)
    case Dynamic():
        print("__getattr__ raising AttributeError: no match")
