class MyList(list):
    pass


match MyList([1, 2]):
    case MyList(items):
        print("subclass of list matches itself:", items, type(items).__name__)
    case _:
        print("no")


class MyStr(str):
    __match_args__ = ("upper_form",)

    @property
    def upper_form(self):
        return self.upper()


match MyStr("abc"):
    case MyStr(u):
        print("__match_args__ wins over matching self:", u)


class MyInt(int):
    pass


match MyInt(5):
    case MyInt(v):
        print("subclass of int matches itself:", v, type(v).__name__)
