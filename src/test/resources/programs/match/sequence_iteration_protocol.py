class Tracking(list):
    def __iter__(self):
        print("__iter__ called")
        return super().__iter__()

    def __len__(self):
        print("__len__ called")
        return super().__len__()


match Tracking([1, 2, 3]):
    case [a, b]:
        print("no")
    case [a, *rest]:
        print("matched", a, rest)

match range(10, 20, 3):
    case [a, b, *_, z]:
        print("range", a, b, z)

match (1, 2, 3):
    case [1, 2] | [1, 2, 3, 4]:
        print("no")
    case [1, *_] if False:
        print("no")
    case (1, x, y):
        print("tuple matched by list syntax", x, y)
