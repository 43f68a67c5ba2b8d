class Record:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)


def record_class(*names):
    class R(Record):
        __match_args__ = names
    return R


User = record_class("name", "age")
u = User(name="ada", age=36)
match u:
    case User(n, a):
        print(n, a)


class Empty:
    __match_args__ = ()


try:
    match Empty():
        case Empty(x):
            pass
except TypeError as e:
    print(e)

match Empty():
    case Empty():
        print("no sub-patterns is fine")


class One:
    __match_args__ = ("only",)
    only = 1


try:
    match One():
        case One(a, b):
            pass
except TypeError as e:
    print(e)
