class NoArgs:
    pass


class BadElement:
    __match_args__ = ("a", 1)
    a = "A"


class NotTuple:
    __match_args__ = ["a"]
    a = 1


class Dup:
    __match_args__ = ("a", "b")
    a = 1
    b = 2


def attempt(label, thunk):
    try:
        print(label, "->", thunk())
    except TypeError as e:
        print(label, "TypeError:", e)


def m1():
    match NoArgs():
        case NoArgs(x):
            return x


def m2():
    match BadElement():
        case BadElement(x, y):
            return x, y


def m2b():
    match BadElement():
        case BadElement(x):
            return x


def m3():
    match NotTuple():
        case NotTuple(x):
            return x


def m4():
    match Dup():
        case Dup(x, a=y):
            return x, y


def m5():
    match 5:
        case int(a, b):
            return a


def m6():
    not_a_type = len
    match 5:
        case not_a_type():
            return "?"


def m7():
    match 5:
        case NoArgs(x):  # isinstance fails first: no error
            return x
        case _:
            return "no match, no error"


def m9():
    match NoArgs():
        case NoArgs(x, y, z):
            return x


attempt("no __match_args__", m1)
attempt("element not a str", m2)
attempt("valid first element", m2b)
attempt("__match_args__ a list", m3)
attempt("positional and keyword for one attribute", m4)
attempt("int takes one", m5)
attempt("not a type", m6)
attempt("instance check first", m7)
attempt("three for none", m9)
