class MyList(list):
    pass


class MyTuple(tuple):
    pass


class NotASequence:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        return i


def gen():
    yield 1
    yield 2


samples = [
    [1, 2], (1, 2), range(2), MyList([1, 2]), MyTuple((1, 2)),
    "ab", b"ab", {1: 2, 3: 4}, {1, 2}, frozenset({1, 2}), gen(), NotASequence(), iter([1, 2]),
]
for s in samples:
    match s:
        case [a, b]:
            print(type(s).__name__, "is a sequence:", a, b)
        case _:
            print(type(s).__name__, "is not a sequence")
